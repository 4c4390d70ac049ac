// Oefenplein service worker. scripts/post-build.mjs fills in the cache
// name and the list of files of this exact build.
const CACHE = "__CACHE_NAME__";
const PRECACHE = ["__PRECACHE__"];
// A host edits this file without rebuilding: prefer the network for it.
const NETWORK_FIRST = new Set(["/hulp.json"]);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("oefenplein-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fromCache("/index.html", request));
  } else if (NETWORK_FIRST.has(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(fromCache(url.pathname, request));
  }
});

async function fromCache(path, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(path);
  return hit || fetch(request);
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request, { cache: "no-store" });
    if (response.ok) await cache.put(request.url.split("?")[0], response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(new URL(request.url).pathname);
    if (hit) return hit;
    throw error;
  }
}
