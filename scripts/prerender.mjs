// Build step (run by finish-dist.mjs on Trunk's staging dir): renders the home page `#/` and
// each widget's page in headless Chromium and writes their first screens into index.html as
// static, inert HTML inside <div id="prerendered">: the header once, then each page's main
// content in a <div data-snapshot="home|calculator|ownership|energy|decision">. So a visitor
// sees the page's text and layout at once, before the wasm has loaded. assets/prerender.js (a
// tiny external script, allowed by the CSP) marks the route on <html>, and the CSS shows that
// route's part only (the header alone with "Loading…" elsewhere, nothing in an embed). The app
// removes the snapshot when it starts (src/lib.rs) and renders the live page in its place.
// Islands are held back while a page is captured, so a widget island's part is its
// "Loading…" placeholder, as the live page first shows it.
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
    // An island's module never arrives here: its place stays the loading placeholder.
    await context.route("**/*-view/**", () => {});
    const capture = async (hash, firstScreen) => {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/${hash}`);
      await page.waitForSelector("main#main h1", { timeout: 30000 });
      await page.waitForTimeout(100);
      const html = await page.evaluate((n) => {
        const body = document.body.cloneNode(true);
        for (const el of body.querySelectorAll("script, noscript, #prerendered")) el.remove();
        const main = body.querySelector("main");
        // The first screen is what matters before the wasm arrives; the rest would only add
        // bytes to every first load.
        for (const el of [...(main?.children ?? [])].slice(n)) el.remove();
        return { header: body.querySelector("header")?.outerHTML ?? "", main: main?.innerHTML ?? "", mainAttrs: main ? [...main.attributes].map((a) => `${a.name}="${a.value}"`).join(" ") : "" };
      }, firstScreen);
      await page.close();
      return html;
    };
    // Home: the introduction and the first widget. A widget page: all of it (its heading,
    // explanation and widget, or an island's placeholder).
    const routes = [["home", "#/", 2], ["calculator", "#/calculator", 1], ["ownership", "#/ownership", 1], ["energy", "#/energy", 1], ["decision", "#/decision", 1]];
    const parts = [];
    let shell;
    for (const [name, hash, n] of routes) {
      const page = await capture(hash, n);
      shell ??= page;
      parts.push(`<div data-snapshot="${name}">${page.main}</div>`);
    }
    const snapshot = `${shell.header}<main ${shell.mainAttrs}>${parts.join("")}</main>`;
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
  console.log(`prerender: ${n} characters of the home and widget pages written into index.html`);
}
