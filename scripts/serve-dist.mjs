// A tiny static server for dist/, used by the end-to-end tests and good
// enough to serve Oefenplein from a PC in a library's own network.
//   node scripts/serve-dist.mjs [port] [dir] [host]
// It answers the way the configurations in hosting/ make a real host answer:
//  - FILE.br or FILE.gz (scripts/precompress.mjs) when the browser accepts
//    that encoding, with Content-Encoding and Vary: Accept-Encoding;
//  - content-hashed files may be cached for a year, everything else
//    (index.html, sw.js, hulp.json, pictures) is checked every time;
//  - paths without a file extension that are not files get index.html, like
//    a host's SPA fallback; missing files with an extension get 404;
//  - the security headers of hosting/ on every response.
// Host defaults to 127.0.0.1 (this computer only); give 0.0.0.0 to let other
// computers in the network in.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const port = Number(process.argv[2] || 4173);
const root = resolve(process.argv[3] || "dist");
const host = process.argv[4] || "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".pack": "application/octet-stream",
  ".gz": "application/gzip",
  ".br": "application/octet-stream",
};

// Trunk's names: app-4264b9b005f272f8.css, oefenplein-b9a904a1445d6278_bg.wasm;
// split wasm chunks: split_digid_web-<hex>.wasm, chunk_3-<hex>.wasm.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

// The same policy as the <meta> in index.html, less the per-build hashes of
// the inline boot script, which a host cannot know: the header allows inline
// scripts, the meta tag allows only the hashed one, and a script must pass
// both. frame-ancestors only works in a header.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "camera=(self), microphone=(self), geolocation=(), payment=(), usb=(), serial=(), hid=(), " +
    "midi=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
};

// Encodings, best first, with the file suffix that holds them.
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

/** The encodings an Accept-Encoding header allows (q > 0). */
function accepted(header) {
  const ok = new Set();
  let star = false;
  const refused = new Set();
  for (const part of String(header || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name === "*") star = allowed;
    else if (allowed) ok.add(name);
    else refused.add(name);
  }
  if (star) for (const [name] of ENCODINGS) if (!refused.has(name)) ok.add(name);
  return ok;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function fail(res, status, text) {
  res.writeHead(status, {
    ...SECURITY,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-cache",
  });
  res.end(text);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      fail(res, 405, "method not allowed");
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      fail(res, 403, "forbidden");
      return;
    }
    // Hidden files (an .htaccess copied in for Apache) are not served.
    if (pathname.split("/").some((segment) => segment.startsWith("."))) {
      fail(res, 404, "not found");
      return;
    }
    if (pathname.endsWith("/")) file = join(file, "index.html");
    if (!(await isFile(file))) {
      if (extname(pathname)) {
        fail(res, 404, "not found");
        return;
      }
      file = join(root, "index.html");
    }
    const headers = {
      ...SECURITY,
      "Content-Type": TYPES[extname(file)] || "application/octet-stream",
      // Only content-hashed files may be kept for good.
      "Cache-Control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    };
    let send = file;
    const allowed = accepted(req.headers["accept-encoding"]);
    let variants = false;
    for (const [name, suffix] of ENCODINGS) {
      if (!(await isFile(file + suffix))) continue;
      variants = true;
      if (send === file && allowed.has(name)) {
        send = file + suffix;
        headers["Content-Encoding"] = name;
      }
    }
    if (variants) headers["Vary"] = "Accept-Encoding";
    const body = await readFile(send);
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    if (!res.headersSent) fail(res, 400, "bad request");
    else res.destroy();
  }
});

server.listen(port, host, () => {
  console.log(`serving ${root} at http://${host}:${port}/`);
});
