import type { IpcError } from '@shared/ipc/contract';
import { IpcRefusal } from '@shared/ipc/refusal';

export { IpcRefusal };

export function toIpcError(err: unknown): IpcError {
  if (err instanceof IpcRefusal) return { code: err.code, field: err.field, message: err.message };
  return { code: 'FAILED', message: err instanceof Error ? err.message : String(err) };
}
