/* global self, caches, fetch, URL, Response */
// Offline app shell for the web build: a rep who loaded the app once can reopen it with no network.
// Navigations are network-first (a new build is picked up when online) with the cached page as fallback;
// hashed assets are cache-first (their names change with their content). Data lives in IndexedDB, not here.
const CACHE = 'crm-shell-v2';

async function precacheShell() {
  const cache = await caches.open(CACHE);
  const index = await fetch('./', { cache: 'no-store' });
  if (!index.ok) return;
  const html = await index.clone().text();
  await cache.put('./', index);
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !u.startsWith('data:') && !/^[a-z]+:/i.test(u));
  // One by one: an asset that cannot be fetched now is cached later, when the page asks for it online.
  await Promise.allSettled([...new Set(assets)].map((u) => cache.add(u)));
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
        .then(async (res) => {
          if (res.ok) await (await caches.open(CACHE)).put('./', res.clone());
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
