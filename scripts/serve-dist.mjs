// A tiny static server for dist/, used by the end-to-end tests.
//   node scripts/serve-dist.mjs [port] [dir]
// Paths without a file extension that are not files get index.html, like
// a host's SPA fallback; missing files with an extension get 404.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const port = Number(process.argv[2] || 4173);
const root = resolve(process.argv[3] || "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// app-4264b9b005f272f8.css, oefenplein-b9a904a1445d6278_bg.wasm
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (pathname.endsWith("/")) file = join(file, "index.html");
    if (!(await isFile(file))) {
      if (extname(pathname)) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      file = join(root, "index.html");
    }
    const body = await readFile(file);
    const type = TYPES[extname(file)] || "application/octet-stream";
    // Only Trunk's content-hashed files may be kept for good; everything
    // else (index.html, sw.js, hulp.json, pictures) is checked every time.
    const immutable = HASHED.test(file);
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": body.length,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(400).end();
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}/`);
});
