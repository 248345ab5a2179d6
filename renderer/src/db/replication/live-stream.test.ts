import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLiveStream, type EventSourceLike, type LiveStreamOptions } from './live-stream';
import { ApiCallError } from '../../api';

/** A stand-in EventSource: records every stream opened and lets the test fire its events. */
class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  onerror: ((event: unknown) => void) | null = null;
  onopen: ((event: unknown) => void) | null = null;
  private readonly listeners = new Map<string, (event: { data?: string }) => void>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(data: string) {
    this.listeners.get('change')?.({ data });
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

function options(streamUrl: LiveStreamOptions['streamUrl']) {
  return {
    streamUrl,
    EventSource: FakeEventSource,
    onChange: vi.fn(),
    onOpen: vi.fn(),
    onUnreachable: vi.fn(),
    onSignedOut: vi.fn(),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('openLiveStream', () => {
  it('passes on what changed: the named collections, or everything on a RESYNC', async () => {
    const o = options(async () => 'http://sync.test/sync/stream?ticket=t1');
    const stream = openLiveStream(o);
    await flush();
    expect(FakeEventSource.opened.map((es) => es.url)).toEqual(['http://sync.test/sync/stream?ticket=t1']);
    const es = FakeEventSource.opened[0]!;
    es.onopen?.({});
    expect(o.onOpen).toHaveBeenCalledTimes(1);
    es.emit('{"collections":["leads"]}');
    es.emit('"RESYNC"');
    expect(o.onChange.mock.calls).toEqual([[['leads']], [undefined]]);
    stream.stop();
    expect(es.closed).toBe(true);
  });

  it('reconnects a closed stream with a doubling wait, each time with a new ticket', async () => {
    let n = 0;
    const o = options(async () => `http://sync.test/sync/stream?ticket=t${++n}`);
    const stream = openLiveStream(o);
    await flush();
    FakeEventSource.opened[0]!.onerror?.({});
    expect(FakeEventSource.opened[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened).toHaveLength(2);
    FakeEventSource.opened[1]!.onerror?.({});
    await vi.advanceTimersByTimeAsync(1_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened.map((es) => es.url.slice(-2))).toEqual(['t1', 't2', 't3']);
    stream.stop();
  });

  it('opens no stream after stop() while the ticket was still being fetched', async () => {
    const ticket = deferred<string>();
    const o = options(() => ticket.promise);
    const stream = openLiveStream(o);
    await flush();
    stream.stop();
    ticket.resolve('http://sync.test/sync/stream?ticket=late');
    await flush();
    expect(FakeEventSource.opened).toHaveLength(0);
  });

  it('opens no stream after stop() while it waited to reconnect, nor after a late error of the old one', async () => {
    const o = options(async () => 'http://sync.test/sync/stream?ticket=t');
    const stream = openLiveStream(o);
    await flush();
    const first = FakeEventSource.opened[0]!;
    first.onerror?.({});
    stream.stop();
    first.onerror?.({});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('after stop() a failed ticket request reports nothing and schedules nothing', async () => {
    const ticket = deferred<string>();
    const o = options(() => ticket.promise);
    const stream = openLiveStream(o);
    await flush();
    stream.stop();
    ticket.reject(new TypeError('fetch failed'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(o.onUnreachable).not.toHaveBeenCalled();
    expect(FakeEventSource.opened).toHaveLength(0);
  });

  it('says whether the network or the server failed, and stops for a revoked session', async () => {
    const failures: unknown[] = [
      new TypeError('fetch failed'),
      new ApiCallError({
        kind: 'refused',
        status: 500,
        code: 'INTERNAL',
        message: 'boom',
        issues: [],
        body: { code: 'INTERNAL', message: 'boom' },
      }),
      new ApiCallError({ kind: 'signed-out', code: 'SESSION_REVOKED', message: 'revoked' }),
    ];
    const o = options(async () => {
      throw failures.shift();
    });
    openLiveStream(o);
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(o.onUnreachable.mock.calls.map(([kind]) => kind)).toEqual(['offline', 'error']);
    expect(o.onSignedOut).toHaveBeenCalledWith('revoked');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.opened).toHaveLength(0);
    expect(o.onUnreachable).toHaveBeenCalledTimes(2);
  });
});
