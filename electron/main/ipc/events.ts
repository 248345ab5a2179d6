import { ipcEvents, type EventName, type EventPayload } from '@shared/ipc/contract';

/** The slice of a webContents that sends events (a fake in tests). */
export interface EventTarget {
  send(channel: string, payload: unknown): void;
}

/**
 * Sends a main → renderer event after checking its payload against the contract, so the renderer only ever
 * receives what the contract promises (a bad payload is a bug here: it throws instead of being sent).
 */
export function sendEvent<E extends EventName>(
  target: EventTarget | null | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  const parsed = ipcEvents[event].parse(payload);
  target?.send(event, parsed);
}
