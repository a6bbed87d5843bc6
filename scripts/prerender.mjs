// Build step (run by finish-dist.mjs on Trunk's staging dir): renders the home page `#/` in
// headless Chromium and writes its first screen (header, introduction, first widget) into
// index.html as static, inert HTML inside <div id="prerendered">, so a visitor sees the page's
// text and layout at once, before the wasm has loaded. The app removes the snapshot when it
// starts (src/lib.rs) and renders the live page in its place. assets/prerender.js (a tiny
// external script, allowed by the CSP) hides the snapshot's content for other routes.
//
//   node scripts/prerender.mjs DIR
import { createServer } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".csv": "text/csv",
};

/** Renders `#/` from `dir` and writes the snapshot into `dir/index.html`. */
export async function prerender(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(normalize(dir))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/#/`);
    await page.waitForSelector("main#main .intro", { timeout: 30000 });
    await page.waitForTimeout(100);
    const snapshot = await page.evaluate(() => {
      const body = document.body.cloneNode(true);
      for (const el of body.querySelectorAll("script, noscript, #prerendered")) el.remove();
      // The first screen is what matters before the wasm arrives: the introduction and the
      // first widget. The rest would only add bytes to every first load.
      const main = body.querySelector("main");
      for (const el of [...(main?.children ?? [])].slice(2)) el.remove();
      return body.innerHTML.trim();
    });
    if (/<script|\sstyle="/i.test(snapshot)) throw new Error("the snapshot has inline script or style");
    const indexPath = join(dir, "index.html");
    const html = await readFile(indexPath, "utf8");
    const marker = /<div id="prerendered"[^>]*>[\s\S]*?<\/div><!--\/prerendered-->/;
    const block = `<div id="prerendered" inert>${snapshot}</div><!--/prerendered-->`;
    const out = marker.test(html) ? html.replace(marker, block) : html.replace("<body>", `<body>\n  ${block}`);
    await writeFile(indexPath, out);
    return snapshot.length;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = await prerender(process.argv[2] ?? "dist");
  console.log(`prerender: ${n} characters of #/ written into index.html`);
}
