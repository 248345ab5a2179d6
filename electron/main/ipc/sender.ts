/** The parts of an Electron IpcMainInvokeEvent the sender check reads (kept structural for tests). */
export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** "app://crm/index.html" → "app://crm"; WHATWG gives "null" as the origin of custom schemes. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/**
 * Only our window's own top page may call main: the webContents must be the app window's, and the frame that
 * sent the message must be loaded from our origin (not an iframe or a page it navigated to).
 */
export function createSenderCheck(opts: {
  windowContentsId: () => number | undefined;
  allowedOrigins: readonly string[];
}): (event: SenderLike) => boolean {
  return (event) => {
    const id = opts.windowContentsId();
    if (id === undefined || event.sender.id !== id) return false;
    const origin = event.senderFrame ? originOf(event.senderFrame.url) : null;
    return origin !== null && opts.allowedOrigins.includes(origin);
  };
}
