import { originOf } from '../ipc/sender';

/**
 * The slice of Electron's Session that decides web permissions (kept structural so tests pass a fake).
 * Electron asks the request handler when a page asks for a permission (getUserMedia, clipboard write…) and
 * the check handler when a page only looks whether it has one (permissions.query, device labels); without a
 * check handler every check answers "granted".
 */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; mediaTypes?: string[] },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
      details: { requestingUrl?: string; mediaType?: string },
    ) => boolean,
  ): void;
}

export interface PermissionPolicy {
  /** app://crm, and the dev server's origin in development. */
  allowedOrigins: readonly string[];
  /** Whether these webContents are the app window's (not another window, not a devtools or PDF view). */
  isAppContents(contents: unknown): boolean;
}

export interface PermissionAsk {
  permission: string;
  origin: string | null;
  /** For 'media': what the page wants; a request lists them, a check names one ('unknown' when unsure). */
  mediaTypes: readonly string[];
}

/**
 * The camera for business-card and sample photos, and writing text to the clipboard (the copy buttons), for
 * the app's own page; nothing else, for nobody else. The microphone is never granted: `media` passes only
 * when every medium asked for is video.
 */
export function allowPermission(ask: PermissionAsk, policy: PermissionPolicy): boolean {
  if (!ask.origin || !policy.allowedOrigins.includes(ask.origin)) return false;
  if (ask.permission === 'media')
    return ask.mediaTypes.length > 0 && ask.mediaTypes.every((m) => m === 'video');
  return ask.permission === 'clipboard-sanitized-write';
}

export function installPermissionHandlers(session: PermissionSession, policy: PermissionPolicy): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const ask = {
      permission,
      origin: originOf(details.requestingUrl ?? ''),
      mediaTypes: details.mediaTypes ?? [],
    };
    callback(policy.isAppContents(contents) && allowPermission(ask, policy));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    // Checks may come without webContents (e.g. from a service worker): those are refused.
    const ask = {
      permission,
      origin: originOf(requestingOrigin) ?? originOf(details.requestingUrl ?? ''),
      mediaTypes: details.mediaType ? [details.mediaType] : [],
    };
    return contents !== null && policy.isAppContents(contents) && allowPermission(ask, policy);
  });
}
