import { resolve } from 'node:path';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { redactUrl } from './auth/redact';
import { allowedOrigins } from './cors-origins';
import { securityHeaders } from './security-headers';
import { DAY_MS, defaultAuthSettings } from './auth/settings';
import type { ServerConfig } from './config';
import { openStore, type Store } from './db/connect';
import { seedDemo } from './demo/seed';
import { HttpError } from './http-error';
import { BAD_TEXT_MESSAGE, findBadText } from '../shared/model/text';
import { blobStoreFromEnv } from './blobs/blob-config';
import { registerJsonParser } from './routes/json-body';
import { registerApi } from './routes/register';
import { installErrorHandler } from './routes/error-handler';
import { StreamHub } from './stream/hub';
import { startPresence } from './stream/presence';
import { startJobs } from './jobs/run-jobs';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  /** Resolves once the database is reached and migrated; rejects if it cannot be used (not merely away). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export async function createServer(config: ServerConfig): Promise<RunningServer> {
  // forceCloseConnections: keep-alive sockets of synced devices must not hold a shutdown open.
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(config.logStream ? { stream: config.logStream } : {}),
      // Stream tickets travel in the URL: the logged URL has their value replaced.
      serializers: {
        req: (req: FastifyRequest) => ({
          method: req.method,
          url: redactUrl(req.url),
          remoteAddress: req.ip,
        }),
      },
    },
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 20 * 1024 * 1024,
    forceCloseConnections: true,
  });
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgliteTemplate: config.pgliteTemplate,
    timeouts: config.dbTimeouts,
    poolSize: config.dbPoolSize,
    log: (err, message) => app.log.warn({ err }, message),
    prepare: config.demo ? seedDemo : undefined,
    // An operator may start the server before its database (or during a failover): it waits, not ready.
    retryUntilReachable: config.waitForDatabase ?? false,
    retryMaxMs: config.dbRetryMaxMs,
  });
  const hub = new StreamHub(store.bus);
  // The server's own origin is known once it listens (port 0 in tests): filled in below.
  const ownOrigins: string[] = [];
  const origins = () =>
    allowedOrigins({
      configured: config.allowedOrigins ?? [],
      ownOrigins,
      dev: process.env.NODE_ENV !== 'production',
    });
  await app.register(cors, {
    // No Origin: not a browser's cross-origin call (curl, the Electron main process, same-origin GETs).
    origin: (origin, cb) => cb(null, origin === undefined || origins().has(origin)),
    credentials: false,
    maxAge: 600,
  });
  securityHeaders(app);
  registerJsonParser(app);

  installErrorHandler(app);

  // Route parameters and query strings reach SQL as text: NUL or a lone surrogate there is a 400, never a 500.
  app.addHook('preValidation', async (req) => {
    for (const [where, values] of [
      ['params', req.params],
      ['query', req.query],
    ] as const) {
      const bad = findBadText(values);
      if (bad) throw new HttpError(400, 'INVALID', `${[where, ...bad].join('.')}: ${BAD_TEXT_MESSAGE}`);
    }
  });

  const ctx = {
    store,
    hub,
    auth: defaultAuthSettings({
      ...(config.now ? { now: config.now } : {}),
      ...(config.refreshIdleDays ? { refreshIdleMs: config.refreshIdleDays * DAY_MS } : {}),
    }),
  };
  await registerApi(app, ctx, {
    blobStore: blobStoreFromEnv(process.env, config.dataDir),
    demo: config.demo,
  });
  if (config.staticDir) {
    const root = resolve(config.staticDir);
    await app.register(fastifyStatic, { root, wildcard: false });
    // Client-side routes of the single-page app all load index.html.
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET'
        ? reply.sendFile('index.html')
        : reply.status(404).send({ code: 'NOT_FOUND', message: 'no such endpoint' }),
    );
  }

  const presence = startPresence(store.db, hub, (err) => app.log.warn({ err }, 'presence stamp failed'));
  await app.listen({ port: config.port, host: config.host });
  let closed = false;
  let jobs: { stop(): Promise<void> } | null = null;
  const startJobsOnce = () => {
    if (config.jobs && !closed && !jobs)
      jobs = startJobs(ctx, { onError: (err) => app.log.error({ err }, 'server jobs failed') });
  };
  if (store.isReady()) startJobsOnce();
  const ready = store.ready.then(startJobsOnce);
  ready.catch((err: unknown) => {
    if (!closed) app.log.fatal({ err }, 'the database cannot be used');
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  ownOrigins.push(`http://${config.host}:${port}`);
  if (['127.0.0.1', '0.0.0.0', '::'].includes(config.host)) ownOrigins.push(`http://localhost:${port}`);
  return {
    url: `http://${config.host}:${port}`,
    app,
    store,
    ready,
    async close() {
      if (closed) return;
      closed = true;
      await jobs?.stop();
      await presence.stop();
      hub.close();
      await app.close();
      await store.close();
    },
  };
}
