// The one static file server of scripts/serve.sh, the benchmarks and the end-to-end tests:
// serves a folder (dist/) on a loopback port (a free one unless told).
//
//   const site = await serveStatic(dir, { basePath: "/sub/path/", gzip: true });
//   site.url   // "http://127.0.0.1:PORT/sub/path/"
//   await site.close();
//
// Options: `basePath`, the path the folder is served under (anything outside it is a 404, so
// a page that used an absolute URL would break here as on a sub-path host); `gzip`, serve each
// file gzip -9 compressed (compressed once: doing it per request would take CPU from the
// browser being measured on the same machine), with immutable caching for content-hashed
// assets, as a real host would.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".csv": "text/csv",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".ts": "text/plain",
};

/** Serves `dir`; resolves to `{ url, close }`. */
export async function serveStatic(dir, { basePath = "/", gzip = false, port = 0 } = {}) {
  const root = normalize(dir);
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (!path.startsWith(basePath)) return res.writeHead(404).end("not under the base path");
    let rel = path.slice(basePath.length) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      // Any page may fetch the files, as GitHub Pages and most static hosts allow: an embed in
      // a sandbox with no origin of its own (WordPress's) fetches its modules cross-origin.
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*" };
      let body;
      if (gzip) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(await readFile(file), { level: 9 }));
        body = compressed.get(file);
        headers["content-encoding"] = "gzip";
        // Hashed assets are immutable; the pages and the service worker are not.
        const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
        headers["cache-control"] = hashed ? "public, max-age=31536000, immutable" : "no-cache";
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${basePath}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// `node scripts/static-server.mjs DIR PORT`: serves DIR until stopped (scripts/serve.sh).
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await serveStatic(process.argv[2] ?? "dist", { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving ${process.argv[2] ?? "dist"} at ${site.url}`);
}
