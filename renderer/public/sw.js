/* global self, caches, fetch, URL, Response */
// Offline app shell for the web build: a rep who loaded the app once can reopen it with no network.
// Navigations are network-first (a new build is picked up when online) with the cached page as fallback;
// hashed assets are cache-first (their names change with their content). Data lives in IndexedDB, not here.
const CACHE = 'crm-shell-v2';

/** The same-origin files a page of the app loads (its hashed script and styles). */
function assetsOf(html) {
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !u.startsWith('data:') && !/^[a-z]+:/i.test(u));
  return [...new Set(refs)].map((u) => new URL(u, self.registration.scope).href);
}

/**
 * Caches a page and the files it loads; once all of them are in, the files of older builds are dropped, so
 * the cache holds one working build (the previous one stays until the new one is complete).
 */
async function adoptShell(res) {
  const cache = await caches.open(CACHE);
  const html = await res.text();
  const assets = assetsOf(html);
  const added = await Promise.allSettled(assets.map((u) => cache.add(u)));
  // A page whose files are not all here would open blank offline: keep the previous build until they are.
  if (added.some((r) => r.status === 'rejected')) return;
  await cache.put('./', new Response(html, { headers: res.headers }));
  const keep = new Set(assets);
  for (const req of await cache.keys())
    if (new URL(req.url).pathname.includes('/assets/') && !keep.has(req.url)) await cache.delete(req);
}

async function precacheShell() {
  const index = await fetch('./', { cache: 'no-store' });
  if (index.ok) await adoptShell(index);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;

  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) event.waitUntil(adoptShell(res.clone()));
          return res;
        })
        .catch(async () => (await caches.match('./', { ignoreVary: true })) || Response.error()),
    );
    return;
  }
  if (url.pathname.includes('/assets/')) {
    event.respondWith(
      caches.match(req, { ignoreVary: true }).then(
        (hit) =>
          hit ||
          fetch(req).then(async (res) => {
            if (res.ok) await (await caches.open(CACHE)).put(req, res.clone());
            return res;
          }),
      ),
    );
  }
});
