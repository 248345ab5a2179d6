import type { ServerResponse } from 'node:http';
import { RESYNC } from '../../shared/api';
import type { BusMessage, ChangeBus } from '../db/bus';

/** Tells a client to pull everything: sent on every (re)connect, and after this process may have missed changes. */
const RESYNC_EVENT = `event: change\ndata: ${JSON.stringify(RESYNC)}\n\n`;

interface Client {
  sessionId: string;
  res: ServerResponse;
}

/**
 * The open Server-Sent-Event streams of this process. Changes and revocations arrive through the bus, so a
 * write or a forced sign-out on any process reaches the streams held here.
 */
export class StreamHub {
  private readonly clients = new Set<Client>();
  private readonly listeners = new Set<(sessionId: string, open: boolean) => void>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(bus: ChangeBus) {
    this.unsubscribe = bus.subscribe((m) => this.onMessage(m));
    // A comment line every 25 s keeps proxies from closing an idle stream.
    this.heartbeat = setInterval(() => this.broadcast(': ping\n\n'), 25_000);
    this.heartbeat.unref();
  }

  open(sessionId: string, res: ServerResponse) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(RESYNC_EVENT);
    const client = { sessionId, res };
    this.clients.add(client);
    this.emit(sessionId, true);
    res.on('close', () => {
      if (this.clients.delete(client)) this.emit(sessionId, false);
    });
  }

  /** Told when a stream opens, and when a session's last stream in this process closes. */
  onPresence(listener: (sessionId: string, open: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(sessionId: string, open: boolean) {
    if (!open && [...this.clients].some((c) => c.sessionId === sessionId)) return;
    for (const l of this.listeners) l(sessionId, open);
  }

  onlineSessions(): Set<string> {
    return new Set([...this.clients].map((c) => c.sessionId));
  }

  private onMessage(message: BusMessage) {
    if (message.type === 'change') {
      this.broadcast(`event: change\ndata: ${JSON.stringify({ collections: message.collections })}\n\n`);
    } else if (message.type === 'resync') {
      this.broadcast(RESYNC_EVENT);
    } else {
      for (const c of this.clients) {
        if (c.sessionId !== message.sessionId) continue;
        c.res.end();
        this.clients.delete(c);
        this.emit(c.sessionId, false);
      }
    }
  }

  private broadcast(text: string) {
    for (const c of this.clients) c.res.write(text);
  }

  close() {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const c of this.clients) c.res.end();
    this.clients.clear();
  }
}
