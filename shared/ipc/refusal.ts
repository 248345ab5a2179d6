import type { IpcError } from './contract';

/** A refusal a service raises on purpose: it names the field and reaches the renderer as such. */
export class IpcRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly code: IpcError['code'] = 'INVALID',
  ) {
    super(`${field}: ${message}`);
    this.name = 'IpcRefusal';
  }
}
