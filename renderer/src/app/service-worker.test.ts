import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCOPE = 'https://crm.test/app/';
const source = readFileSync(resolve(import.meta.dirname, '../../public/sw.js'), 'utf8');

/** The Cache Storage API, in memory, keyed by URL. */
class FakeCache {
  entries = new Map<string, Response>();
  constructor(private readonly fetcher: (url: string) => Promise<Response>) {}
  async add(url: string) {
    const res = await this.fetcher(url);
    if (!res.ok) throw new TypeError(`${url}: ${res.status}`);
    this.entries.set(new URL(url, SCOPE).href, res);
  }
  async put(req: string | Request, res: Response) {
    this.entries.set(new URL(typeof req === 'string' ? req : req.url, SCOPE).href, res);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(req: Request) {
    return this.entries.delete(req.url);
  }
  async match(req: string | Request) {
    return this.entries.get(new URL(typeof req === 'string' ? req : req.url, SCOPE).href);
  }
}

/** Loads sw.js into a sandbox whose network serves `files` (path → body; a missing path is a 404). */
function serviceWorker(files: Map<string, string>) {
  const fetcher = async (url: string | Request) => {
    const path = new URL(typeof url === 'string' ? url : url.url, SCOPE).pathname;
    const body = files.get(path);
    return body === undefined
      ? new Response('missing', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'text/html' } });
  };
  const cache = new FakeCache(fetcher);
  const handlers = new Map<string, (event: unknown) => void>();
  const self = {
    registration: { scope: SCOPE },
    location: new URL(SCOPE),
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
  };
  const caches = { open: async () => cache, match: (req: Request) => cache.match(req) };
  runInNewContext(source, { self, caches, fetch: fetcher, URL, Response, Request });

  /** Dispatches an event and waits for everything it handed to waitUntil/respondWith. */
  async function dispatch(type: string, extra: Record<string, unknown> = {}) {
    const pending: Promise<unknown>[] = [];
    handlers.get(type)!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => pending.push(p),
      respondWith: (p: Promise<unknown>) => pending.push(p),
    });
    // respondWith's promise may add more waitUntil work when it settles.
    for (let i = 0; i < pending.length; i++) await pending[i];
  }
  const cachedPaths = () => [...cache.entries.keys()].map((u) => new URL(u).pathname).sort();
  return { cache, dispatch, cachedPaths };
}

const page = (build: string) =>
  `<html><script src="./assets/index-${build}.js"></script><link href="./assets/index-${build}.css"></html>`;
const buildFiles = (build: string) =>
  new Map([
    ['/app/', page(build)],
    [`/app/assets/index-${build}.js`, 'js'],
    [`/app/assets/index-${build}.css`, 'css'],
  ]);

// Request.mode cannot be set to "navigate" from script: the sandboxed handler reads it from the event's request.
function navigation(): Request {
  const req = new Request(SCOPE);
  Object.defineProperty(req, 'mode', { value: 'navigate' });
  return req;
}

describe('offline shell service worker', () => {
  it('keeps one build: a new page and its files replace the old ones once they are all cached', async () => {
    const files = buildFiles('aaa');
    const sw = serviceWorker(files);
    await sw.dispatch('install');
    expect(sw.cachedPaths()).toEqual(['/app/', '/app/assets/index-aaa.css', '/app/assets/index-aaa.js']);

    for (const [k, v] of buildFiles('bbb')) files.set(k, v);
    await sw.dispatch('fetch', { request: navigation() });
    expect(sw.cachedPaths()).toEqual(['/app/', '/app/assets/index-bbb.css', '/app/assets/index-bbb.js']);
    expect(await (await sw.cache.match('./'))!.text()).toContain('index-bbb.js');
  });

  it('keeps the previous build whole while a file of the new one cannot be fetched', async () => {
    const files = buildFiles('aaa');
    const sw = serviceWorker(files);
    await sw.dispatch('install');
    files.set('/app/', page('ccc'));
    files.set('/app/assets/index-ccc.js', 'js'); // its stylesheet is missing
    await sw.dispatch('fetch', { request: navigation() });
    expect(sw.cachedPaths()).toEqual(
      expect.arrayContaining(['/app/', '/app/assets/index-aaa.css', '/app/assets/index-aaa.js']),
    );
    expect(await (await sw.cache.match('./'))!.text()).toContain('index-aaa.js');
  });
});
