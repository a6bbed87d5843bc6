// Trunk post_build step, after the calculator module is built. Works on Trunk's staging dir:
//  1. moves Trunk's inline module loader into an external, content-hashed loader-*.js, so the
//     page runs under a Content-Security-Policy with no 'unsafe-inline';
//  2. writes sw.js, the service worker, with the list of every file in the build to precache
//     and a version derived from their contents;
//  1a. joins Trunk's stylesheets (one per file in styles/, in the order index.html lists them)
//     into one content-hashed styles-*.css: one render-blocking request instead of seven;
//  1b. writes a static snapshot of the home and widget pages into index.html
//     (scripts/prerender.mjs), so the text shows before the wasm loads;
//  3. fails the build if any inline <script> or <style> is left in an HTML page.
import { createHash } from "node:crypto";
import { readFile, writeFile, readdir, unlink } from "node:fs/promises";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: TRUNK_STAGING_DIR=dist node scripts/finish-dist.mjs");
const root = new URL("..", import.meta.url).pathname;
const hash = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);

// 1. The loader.
const indexPath = join(dir, "index.html");
let html = await readFile(indexPath, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const registration = await readFile(join(root, "scripts/register-sw.js"), "utf8");
  const loader = `${match[1].trim()}\n\n${registration}`;
  const name = `loader-${hash(loader)}.js`;
  await writeFile(join(dir, name), loader);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  await writeFile(indexPath, html);
}

// 1a. One stylesheet.
{
  const link = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>\s*/g;
  const names = [...html.matchAll(link)].map((m) => m[1]);
  if (names.length > 1) {
    const css = (await Promise.all(names.map((n) => readFile(join(dir, n), "utf8")))).join("\n");
    const name = `styles-${hash(css)}.css`;
    const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
    await writeFile(join(dir, name), css);
    let first = true;
    html = html.replace(link, () => {
      if (!first) return "";
      first = false;
      return `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n`;
    });
    await writeFile(indexPath, html);
    await Promise.all(names.map((n) => unlink(join(dir, n))));
  }
}

// 1b. A static snapshot of the home page, shown before the wasm loads (scripts/prerender.mjs).
if (process.env.WHY_RUST_PRERENDER !== "0") {
  const { prerender } = await import("./prerender.mjs");
  const n = await prerender(dir);
  console.log(`finish-dist: home page pre-rendered (${n} characters)`);
}

// 3. No inline code may remain (checked before the precache list is made).
async function files(d) {
  const out = [];
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}
const all = (await files(dir)).map((p) => relative(dir, p)).sort();
for (const page of all.filter((f) => f.endsWith(".html"))) {
  const text = await readFile(join(dir, page), "utf8");
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(text) || /<style[\s>]/i.test(text) || /\sstyle="/i.test(text)) {
    throw new Error(`${page} has inline script or style, which the Content-Security-Policy blocks`);
  }
}

// 2. The service worker.
const precache = all.filter((f) => f !== "sw.js");
const digest = createHash("sha256");
for (const f of precache) digest.update(f).update(await readFile(join(dir, f)));
const template = await readFile(join(root, "scripts/sw.template.js"), "utf8");
const sw = template
  .replace("__VERSION__", digest.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(["./", ...precache.map((f) => `./${f}`)], null, 2));
await writeFile(join(dir, "sw.js"), sw);
console.log(`finish-dist: loader externalized, sw.js precaches ${precache.length + 1} URLs`);
