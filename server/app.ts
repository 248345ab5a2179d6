import { resolve } from 'node:path';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { openStore, type Store } from './db/connect';
import { seedDemo } from './demo/seed';
import { HttpError } from './http-error';
import { BAD_TEXT_MESSAGE, findBadText } from '../shared/model/text';
import { adminRoutes } from './routes/admin';
import { blobStoreFromEnv } from './blobs/blob-config';
import { blobRoutes } from './blobs/blob-routes';
import { assignRoutes } from './routes/assign';
import { registerJsonParser } from './routes/json-body';
import { authRoutes } from './routes/auth';
import { syncRoutes } from './routes/sync';
import { StreamHub } from './stream/hub';
import { startPresence } from './stream/presence';
import { startJobs } from './jobs/run-jobs';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** The app's own origins: Electron (file:// sends "null", or the app:// scheme) and local dev servers. */
function allowedOrigin(origin: string | undefined): boolean {
  if (!origin || origin === 'null') return true;
  try {
    const url = new URL(origin);
    return (
      url.protocol === 'app:' ||
      url.protocol === 'file:' ||
      url.hostname === '127.0.0.1' ||
      url.hostname === 'localhost'
    );
  } catch {
    return false;
  }
}

export async function createServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgliteTemplate: config.pgliteTemplate,
  });
  if (config.demo) await seedDemo(store.db);
  const hub = new StreamHub(store.bus);
  // forceCloseConnections: keep-alive sockets of synced devices must not hold a shutdown open.
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: 20 * 1024 * 1024,
    forceCloseConnections: true,
  });
  registerJsonParser(app);
  await app.register(cors, { origin: (origin, cb) => cb(null, allowedOrigin(origin)), credentials: false });

  app.setErrorHandler((error, req, reply) => {
    if (error instanceof HttpError) return reply.status(error.status).send(error.body());
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500)
      return reply.status(status).send({ code: 'BAD_REQUEST', message: (error as Error).message });
    req.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ code: 'INTERNAL', message: 'internal error' });
  });

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

  const ctx = { store, hub };
  app.get('/health', async () => ({ ok: true, db: store.dialect, demo: config.demo }));
  authRoutes(app, ctx);
  syncRoutes(app, ctx);
  assignRoutes(app, ctx);
  adminRoutes(app, ctx);
  await app.register(blobRoutes, { ctx, store: blobStoreFromEnv(process.env, config.dataDir) });
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
  const jobs = config.jobs
    ? startJobs(ctx, { onError: (err) => app.log.error({ err }, 'server jobs failed') })
    : null;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let closed = false;
  return {
    url: `http://${config.host}:${port}`,
    app,
    store,
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
