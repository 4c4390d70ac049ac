// Oefenplein service worker. scripts/post-build.mjs fills in the cache
// name and the list of files of this exact build.
//
// One cache per build holds the JS, the wasm and everything else of that
// build, and older caches are deleted when a new build activates, so a page
// never gets old JS with new wasm.
const CACHE = "__CACHE_NAME__";
const PRECACHE = ["__PRECACHE__"];
// The texts of each language but Dutch: kept once a page uses the language.
const LANGUAGES = { "__LANGUAGES__": [] };
// A host edits these files without rebuilding: prefer the network for them.
const NETWORK_FIRST = new Set(["/hulp.json", "/kiosk.json"]);
// Most of PRECACHE in one download, compressed together (a fifth smaller):
// { url, files: [[url, length, type], ...] } (scripts/offline-pack.mjs).
const PACK = { "__PACK__": [] };

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await unpack(cache);
      } catch (error) {
        // The files come one by one below.
        console.warn(error);
      }
      // What the pack did not bring (all of it, without the pack): a few
      // files at a time, not all at once, so the page that is open meanwhile
      // (a lesson loading its chunks) does not wait behind them and a small
      // host is not flooded. Any failure fails the install, as addAll
      // would; the next visit tries again.
      const queue = [...PRECACHE];
      const worker = async () => {
        while (queue.length) {
          const url = queue.shift();
          if (await cache.match(url)) continue;
          // "reload" skips the browser's HTTP cache, which may still hold a file
          // of the previous build under the same name (pictures, page.js).
          const response = await fetch(new Request(url, { cache: "reload" }));
          if (!response.ok) throw new Error(`precache: ${url} ${response.status}`);
          await cache.put(url, response);
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      await self.skipWaiting();
    })(),
  );
});

// Cuts the pack back into its files, each with the type its loader
// checks (a module script, a stylesheet, a wasm stream). A pack that does
// not add up is not used.
async function unpack(cache) {
  if (!PACK.url) return;
  const response = await fetch(new Request(PACK.url, { cache: "reload" }));
  if (!response.ok) throw new Error(`pack: ${PACK.url} ${response.status}`);
  const bytes = await response.arrayBuffer();
  const total = PACK.files.reduce((sum, [, length]) => sum + length, 0);
  if (bytes.byteLength !== total) throw new Error(`pack: ${bytes.byteLength} bytes, not ${total}`);
  let at = 0;
  const files = PACK.files.map(([url, length, type]) => {
    const body = bytes.slice(at, at + length);
    at += length;
    return [url, new Response(body, { headers: { "Content-Type": type } })];
  });
  await Promise.all(files.map(([url, file]) => cache.put(url, file)));
}

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
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const found = url.pathname.match(/^\/locales\/([a-z]{2,3})\//);
  const lang = found && found[1];
  if (lang && LANGUAGES[lang]) event.waitUntil(keepLanguage(lang));
  if (NETWORK_FIRST.has(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (request.mode === "navigate" && !hasExtension(url.pathname)) {
    // Every page of the app is index.html: a reload on /instellingen works offline.
    event.respondWith(cacheFirst("/index.html", request));
  } else {
    event.respondWith(cacheFirst(url.pathname, request));
  }
});

function hasExtension(pathname) {
  return pathname.slice(pathname.lastIndexOf("/") + 1).includes(".");
}

async function cacheFirst(path, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(path);
  return hit || fetch(request);
}

async function networkFirst(request, path) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(path, { cache: "no-store" });
    if (response.ok) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(path);
    if (hit) return hit;
    throw error;
  }
}

// The page says which language the learner reads (page.js): keep all
// of its texts, so a lesson opened later works offline too.
self.addEventListener("message", (event) => {
  const lang = event.data && event.data.language;
  if (typeof lang === "string" && LANGUAGES[lang]) event.waitUntil(keepLanguage(lang));
});

async function keepLanguage(lang) {
  const cache = await caches.open(CACHE);
  for (const url of LANGUAGES[lang]) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url);
      if (response.ok) await cache.put(url, response);
    } catch (error) {
      // Offline now: the next visit online tries again.
    }
  }
}
