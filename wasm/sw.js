// Dossier's service worker, written by Assemble for build {{.Version}}.
//
// It keeps one build offline: on install it stores every file of the build,
// a published site's dossier too, and it answers the build's requests from
// that store. The page itself comes from the network while there is one, so
// a visit after a new build gets the new page; the browser fetches this
// script on such a visit too, sees that it changed, installs the new build's
// files and drops the old ones: a site published again with a new dossier
// replaces the old dossier so.
"use strict";
const CACHE = {{.Cache}};
const ASSETS = {{.Assets}};
const PAGE = "./";
// How long a page request may wait for the network before the stored page is
// shown instead: a network that is there but very slow must not keep the
// reader from a copy that is already here.
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(ASSETS.map((asset) => store(cache, asset)));
    // The page that is open keeps its module in memory, so the new build can
    // take over at once rather than after every tab has closed.
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("dossier-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else {
    event.respondWith(stored(request));
  }
});

// store puts one file of the build into the cache, whole: a published
// dossier may be large, and cache.put streams the body into the cache
// rather than holding it in memory. Only a complete answer (200) is stored,
// never a partial one (206) or an error page, and a file cut short by the
// network fails the install, which the next visit tries again.
async function store(cache, asset) {
  const response = await fetch(asset);
  if (response.status !== 200) throw new Error(`${asset}: HTTP ${response.status}`);
  await cache.put(asset, response);
}

// page asks the network first and falls back to the stored page.
async function page(request) {
  const fromCache = async () => (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ||
    (await caches.match(PAGE, { cacheName: CACHE }));
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error("slow network")), PAGE_TIMEOUT_MS)),
    ]);
    if (response.ok) return response;
    return (await fromCache()) || response;
  } catch (error) {
    const cached = await fromCache();
    if (cached) return cached;
    throw error;
  }
}

// stored answers from the build's files, which never change under a name,
// and asks the network for anything else.
async function stored(request) {
  return (await caches.match(request, { cacheName: CACHE })) || fetch(request);
}
