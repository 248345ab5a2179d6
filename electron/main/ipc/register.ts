import {
  channels,
  ipcContract,
  type Channel,
  type IpcResult,
  type ParsedRequestOf,
  type ResponseOf,
} from '@shared/ipc/contract';
import { invalidRequest } from '@shared/ipc/issues';
import { toIpcError } from './errors';
import type { SenderLike } from './sender';

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => Promise<ResponseOf<C>> | ResponseOf<C>;
export type Handlers = { [C in Channel]: Handler<C> };

/** The slice of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/**
 * One gate for every channel: the sender is checked, the request parsed with the contract's schema, and only
 * then the handler runs; a refusal changes nothing and answers with an error naming the field.
 */
export async function dispatch<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  isTrustedSender: (event: SenderLike) => boolean,
  event: SenderLike,
  raw: unknown,
): Promise<IpcResult<ResponseOf<C>>> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: `${channel}: sender is not the app window` } };
  }
  const parsed = ipcContract[channel].request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: invalidRequest(parsed.error) };
  try {
    const value = await handler(parsed.data as ParsedRequestOf<C>);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toIpcError(err) };
  }
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (event: SenderLike) => boolean,
): () => void {
  for (const channel of channels) {
    const handler = handlers[channel] as Handler<typeof channel>;
    ipcMain.handle(channel, (event, raw) => dispatch(channel, handler, isTrustedSender, event, raw));
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
