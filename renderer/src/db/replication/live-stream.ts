import { RESYNC } from '@shared/api';
import { apiErrorOf } from '../../api';
import { failureKind } from './failure-kind';

/** The part of the browser's EventSource this library uses (Node tests pass the `eventsource` package's). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: string }) => void): void;
  close(): void;
  onerror: ((event: unknown) => void) | null;
  onopen: ((event: unknown) => void) | null;
}
export type EventSourceCtor = new (url: string) => EventSourceLike;

export interface LiveStreamOptions {
  /**
   * Opens one stream: a URL with a fresh stream ticket (refreshes an expired token, detects a revoked session);
   * a failure throws an ApiCallError (anything else counts as the network's).
   */
  streamUrl(): Promise<string>;
  EventSource?: EventSourceCtor;
  /** Something may have changed: the named collections, or everything (`undefined`: a RESYNC). */
  onChange(collections: string[] | undefined): void;
  /** The stream is open: the server is reachable. */
  onOpen(): void;
  /** No ticket: the network (`offline`) or the server (`error`) failed; a reconnect is scheduled. */
  onUnreachable(kind: 'offline' | 'error', error: unknown): void;
  /** The session is revoked: no reconnect. */
  onSignedOut(reason: string): void;
}

const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The server's change stream, kept open: each event names what may have changed, every (re)connect starts
 * with a RESYNC; a closed stream reconnects with backoff (1 s doubling to 30 s). Nothing is opened once
 * `stop()` was called, also when a ticket request was already under way.
 */
export function openLiveStream(options: LiveStreamOptions): { stop(): void } {
  const ES = options.EventSource ?? (globalThis as { EventSource?: EventSourceCtor }).EventSource;
  let source: EventSourceLike | null = null;
  let backoff = FIRST_BACKOFF_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function connect() {
    if (stopped || !ES) return;
    let url: string;
    try {
      url = await options.streamUrl();
    } catch (error) {
      if (stopped) return;
      const failure = apiErrorOf(error);
      if (failure.kind === 'signed-out') return options.onSignedOut(failure.message);
      options.onUnreachable(failureKind(failure), error);
      return scheduleReconnect();
    }
    if (stopped) return;
    const es = new ES(url);
    source = es;
    es.onopen = () => {
      if (stopped) return;
      backoff = FIRST_BACKOFF_MS;
      options.onOpen();
    };
    es.addEventListener('change', (event) => {
      if (stopped) return;
      let data: unknown = null;
      try {
        data = JSON.parse(event.data ?? 'null');
      } catch {
        data = RESYNC;
      }
      options.onChange(
        data && typeof data === 'object' ? (data as { collections?: string[] }).collections : undefined,
      );
    });
    es.onerror = () => {
      // Closed by the server (restart, forced sign-out) or the network: check the session, then reconnect.
      es.close();
      if (source === es) source = null;
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connect();
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  void connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      source?.close();
      source = null;
    },
  };
}
