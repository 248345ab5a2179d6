import type { Channel, EventName, EventPayload, IpcResult, RequestOf, ResponseOf } from './contract';

/**
 * The shape of `window.crm`, derived from the contract: channel "files:put" becomes `crm.files.put(req)`.
 * Adding a channel to the contract makes the preload fail to type-check until it exposes it.
 */
export type BridgeCall<C extends Channel> =
  undefined extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

type GroupOf<C> = C extends `${infer G}:${string}` ? G : never;

export type CrmBridge = {
  [G in GroupOf<Channel>]: { [C in Channel as C extends `${G}:${infer M}` ? M : never]: BridgeCall<C> };
} & {
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
