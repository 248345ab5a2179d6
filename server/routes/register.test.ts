import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointNames, httpContract, type EndpointName } from '../../shared/api';
import type { BlobStore } from '../blobs/blob-store';
import type { Ctx } from './context';
import { installErrorHandler } from './error-handler';
import { registerJsonParser } from './json-body';
import { registerApi } from './register';
import { endpointOfRoute } from './route';

interface Seen {
  method: string;
  url: string;
  endpoint: EndpointName | undefined;
}

/** The API registered on a bare Fastify; no handler runs that needs the database. */
async function build(extra?: (app: FastifyInstance) => void) {
  const app = Fastify();
  const seen: Seen[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat())
      if (method !== 'HEAD') seen.push({ method, url: r.url, endpoint: endpointOfRoute(r.config) });
  });
  registerJsonParser(app);
  installErrorHandler(app);
  const ctx = { auth: { now: () => Date.now() }, store: { isReady: () => true } } as unknown as Ctx;
  await registerApi(app, ctx, { blobStore: {} as BlobStore, demo: false });
  extra?.(app);
  await app.ready();
  return { app, seen };
}

let open: FastifyInstance | undefined;
afterEach(async () => open?.close());

describe('HTTP contract and route registration', () => {
  it('registers every contract endpoint once, at its method and path, and no other route', async () => {
    const { app, seen } = await build();
    open = app;
    const outside = seen.filter((s) => s.endpoint === undefined);
    expect(outside, 'routes registered with raw strings instead of route()').toEqual([]);
    for (const s of seen) {
      const def = httpContract[s.endpoint!];
      expect({ method: s.method, url: s.url }).toEqual({ method: def.method, url: def.path });
    }
    expect(seen.map((s) => s.endpoint).sort()).toEqual([...endpointNames].sort());
  });

  it('a route added with a raw string is caught', async () => {
    const { app, seen } = await build((a) => a.get('/sneaky', async () => ({})));
    open = app;
    expect(seen.filter((s) => s.endpoint === undefined).map((s) => s.url)).toEqual(['/sneaky']);
  });

  it('a forged or incomplete body is a 400 naming each field, before anything runs', async () => {
    const { app } = await build();
    open = app;
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: 42, password: '', deviceId: 'd1', extra: { admin: true } },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({
      code: 'INVALID',
      issues: [expect.objectContaining({ field: 'email' }), expect.objectContaining({ field: 'password' })],
    });
    expect(login.json().message).toMatch(/^email: .*; password: /);

    const refresh = await app.inject({ method: 'POST', url: '/auth/refresh', payload: [] });
    expect(refresh.statusCode).toBe(400);
    expect(refresh.json().issues).toEqual([expect.objectContaining({ field: 'body' })]);

    const nothing = await app.inject({ method: 'POST', url: '/auth/refresh' });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().message).toMatch(/^body: /);
  });
});
