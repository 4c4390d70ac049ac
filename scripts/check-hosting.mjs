// Checks that a running web server serves a build the way hosting/ says:
// compressed copies, types, caching, SPA fallback, 404s, security headers.
//   node scripts/check-hosting.mjs BASE_URL DIR [NAME]
// DIR is the folder the server serves (after scripts/precompress.mjs). Prints
// PASS or FAIL per check and exits 1 when any check fails. Used by
// scripts/test-hosting.sh for nginx, Apache, Caddy and scripts/serve-dist.mjs.
import { request } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const [base, dir, name = base] = process.argv.slice(2);
if (!base || !dir) {
  console.error("usage: node scripts/check-hosting.mjs BASE_URL DIR [NAME]");
  process.exit(2);
}

/** GET (or HEAD) without any decoding: status, headers and the bytes as sent. */
function get(path, headers = {}, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("timed out")));
    req.end();
  });
}

function decode(res) {
  const encoding = res.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(res.body);
  if (encoding === "gzip") return gunzipSync(res.body);
  return res.body;
}

const files = readdirSync(dir);
const pick = (re, what) => {
  const found = files.find((f) => re.test(f));
  if (!found) {
    console.error(`check-hosting: no ${what} in ${dir}`);
    process.exit(2);
  }
  return found;
};
const wasm = pick(/-[0-9a-f]{12,16}_bg\.wasm$/, "hashed _bg.wasm");
// Trunk writes the hash without its leading zeros: 12 to 16 digits.
const css = pick(/-[0-9a-f]{12,16}\.css$/, "hashed .css");
// A split chunk's name (scripts/test-hosting.sh puts one in), when present.
const chunk = files.find((f) => /^(split_|chunk_).*-[0-9a-f]{12,16}\.wasm$/.test(f));
// The offline pack (scripts/offline-pack.mjs), in a release build.
const pack = files.find((f) => /^offline-[0-9a-f]{12}\.pack$/.test(f));
const original = (file) => readFileSync(join(dir, file));
const index = original("index.html");

const IMMUTABLE = "public, max-age=31536000, immutable";
let failed = 0;
let passed = 0;
async function check(label, fn) {
  let problems;
  try {
    problems = (await fn()).filter(Boolean);
  } catch (e) {
    problems = [String(e.message || e)];
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}: ${label}\n       ${problems.join("\n       ")}`);
  } else {
    passed++;
    console.log(`PASS ${name}: ${label}`);
  }
}
const expectHeader = (res, header, want) => {
  const got = res.headers[header];
  const ok = want instanceof RegExp ? want.test(got ?? "") : got === want;
  return ok ? null : `${header}: ${JSON.stringify(got)}, want ${want}`;
};
const expectStatus = (res, want) => (res.status === want ? null : `status ${res.status}, want ${want}`);
const expectBody = (res, want) => {
  try {
    return decode(res).equals(want) ? null : `body (${res.headers["content-encoding"] || "identity"}) differs from the file`;
  } catch (e) {
    return `body does not decode as ${res.headers["content-encoding"]}: ${e.message}`;
  }
};
const securityHeaders = (res) => [
  expectHeader(res, "content-security-policy", /script-src 'self' 'wasm-unsafe-eval'[^;]*; .*object-src 'none'.*frame-ancestors 'none'/),
  expectHeader(res, "x-content-type-options", "nosniff"),
  expectHeader(res, "referrer-policy", "no-referrer"),
  expectHeader(res, "permissions-policy", /camera=\(self\).*microphone=\(self\).*geolocation=\(\)/),
];

await check("/ is index.html, no-cache, with the security headers", async () => {
  const res = await get("/");
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-type", /^text\/html/),
    expectHeader(res, "cache-control", "no-cache"),
    expectBody(res, index),
    ...securityHeaders(res),
  ];
});

await check("/ with Accept-Encoding: br is index.html.br", async () => {
  const res = await get("/", { "accept-encoding": "gzip, deflate, br" });
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-encoding", "br"),
    expectHeader(res, "content-type", /^text\/html/),
    expectBody(res, index),
  ];
});

for (const [encoding, accept] of [
  ["br", "gzip, deflate, br"],
  ["gzip", "gzip, deflate"],
]) {
  await check(`${wasm} with Accept-Encoding: ${accept} comes as ${encoding}, immutable`, async () => {
    const res = await get(`/${wasm}`, { "accept-encoding": accept });
    return [
      expectStatus(res, 200),
      expectHeader(res, "content-encoding", encoding),
      expectHeader(res, "content-type", "application/wasm"),
      expectHeader(res, "cache-control", IMMUTABLE),
      expectHeader(res, "vary", /accept-encoding/i),
      expectBody(res, original(wasm)),
      ...securityHeaders(res),
    ];
  });
}

await check(`${wasm} without Accept-Encoding is the file itself`, async () => {
  const res = await get(`/${wasm}`);
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-encoding", undefined),
    expectHeader(res, "content-type", "application/wasm"),
    res.body.equals(original(wasm)) ? null : "body differs from the file",
  ];
});

await check(`${wasm} with br;q=0 is not brotli`, async () => {
  const res = await get(`/${wasm}`, { "accept-encoding": "br;q=0, gzip" });
  return [expectStatus(res, 200), expectHeader(res, "content-encoding", "gzip"), expectBody(res, original(wasm))];
});

await check(`${css} is immutable text/css`, async () => {
  const res = await get(`/${css}`, { "accept-encoding": "br" });
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-type", /^text\/css/),
    expectHeader(res, "cache-control", IMMUTABLE),
    expectBody(res, original(css)),
  ];
});

if (chunk) {
  await check(`split chunk ${chunk} is immutable application/wasm`, async () => {
    const res = await get(`/${chunk}`, { "accept-encoding": "br" });
    return [
      expectStatus(res, 200),
      expectHeader(res, "content-type", "application/wasm"),
      expectHeader(res, "cache-control", IMMUTABLE),
      expectBody(res, original(chunk)),
    ];
  });
}

if (pack) {
  await check(`offline pack ${pack} comes as brotli, immutable`, async () => {
    const res = await get(`/${pack}`, { "accept-encoding": "gzip, deflate, br" });
    return [
      expectStatus(res, 200),
      expectHeader(res, "content-encoding", "br"),
      expectHeader(res, "cache-control", IMMUTABLE),
      expectBody(res, original(pack)),
    ];
  });
}

await check("deep link /les/digid-web/3 is index.html, no-cache", async () => {
  const res = await get("/les/digid-web/3", { "accept-encoding": "gzip" });
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-type", /^text\/html/),
    expectHeader(res, "cache-control", "no-cache"),
    expectBody(res, index),
    ...securityHeaders(res),
  ];
});

await check("missing /nope.js is 404 with the security headers", async () => {
  const res = await get("/nope.js");
  return [expectStatus(res, 404), ...securityHeaders(res)];
});

await check("sw.js is JavaScript, no-cache", async () => {
  const res = await get("/sw.js?release=2", { "accept-encoding": "br" });
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-type", /^(text|application)\/javascript/),
    expectHeader(res, "cache-control", "no-cache"),
    expectBody(res, original("sw.js")),
  ];
});

await check("manifest.webmanifest has its type, no-cache", async () => {
  const res = await get("/manifest.webmanifest", { "accept-encoding": "gzip" });
  return [
    expectStatus(res, 200),
    expectHeader(res, "content-type", /^application\/manifest\+json/),
    expectHeader(res, "cache-control", "no-cache"),
    expectBody(res, original("manifest.webmanifest")),
  ];
});

if (files.includes("hulp.json")) {
  await check("hulp.json is JSON, no-cache", async () => {
    const res = await get("/hulp.json", { "accept-encoding": "br" });
    return [
      expectStatus(res, 200),
      expectHeader(res, "content-type", /^application\/json/),
      expectHeader(res, "cache-control", "no-cache"),
      expectBody(res, original("hulp.json")),
    ];
  });
}

if (readdirSync(dir).includes(".htaccess")) {
  await check("hidden files such as /.htaccess are not served", async () => {
    const res = await get("/.htaccess");
    return [res.status === 403 || res.status === 404 ? null : `status ${res.status}, want 403 or 404`];
  });
}

console.log(`${name}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
