// Trunk post_build step, after the calculator module is built. Works on Trunk's staging dir:
//  1. replaces Trunk's loader and preloads with scripts/loader.template.js, inlined: it fetches
//     the app only once the snapshot has painted (see that file);
//  2. joins Trunk's stylesheets (one per file in styles/, in the order index.html lists them)
//     and assets/prerender.js into the page itself, so nothing but the HTML stands between the
//     request and the first paint;
//  3. writes a static snapshot of the home and widget pages into index.html, and of each embed
//     into embed.html, so the text shows before the wasm loads: crates/prerender renders them
//     natively with Yew's server-side rendering (no browser runs in the build);
//  4. lists the SHA-256 of each inline script and style in the page's Content-Security-Policy
//     (no 'unsafe-inline'), and fails the build if any page has inline code its policy does
//     not allow, or a style="" attribute;
//  5. writes sw.js, the service worker, with the list of every file in the build to precache
//     and a version derived from their contents.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, writeFile, readdir, unlink } from "node:fs/promises";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("usage: TRUNK_STAGING_DIR=dist node scripts/finish-dist.mjs");
const root = new URL("..", import.meta.url).pathname;
const hash = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);
const indexPath = join(dir, "index.html");
let html = await readFile(indexPath, "utf8");

// The widget registry (written by scripts/post-build.sh): each island's module by its slug.
const widgets = JSON.parse(await readFile(join(dir, "widgets.json"), "utf8"));
const islands = Object.fromEntries(widgets.filter((w) => w.island).map((w) => [w.slug, w.island.dir]));

// 1. The loader. Trunk writes an inline module that imports the app, and preloads for the
// app's JS, its snippets and its wasm; they become the loader's list.
{
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const trunkLoader = html.match(inline)?.[1];
  if (!trunkLoader) throw new Error("Trunk's inline loader is missing from index.html");
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
  const modules = preloads.filter((t) => attr(t, "rel") === "modulepreload").map((t) => ({ href: attr(t, "href"), integrity: attr(t, "integrity") }));
  const wasm = preloads.map((t) => ({ href: attr(t, "href"), integrity: attr(t, "integrity"), type: attr(t, "type") })).find((p) => p.type === "application/wasm");
  const appJs = trunkLoader.match(/from '([^']+\.js)'/)?.[1];
  if (!wasm || modules[0]?.href !== appJs) throw new Error("Trunk's preloads are not the app's JS (first) and wasm");
  const loader = (await readFile(join(root, "scripts/loader.template.js"), "utf8"))
    .replace("const APP = __APP__;", () => "const APP = " + JSON.stringify({ modules, wasm: { href: wasm.href, integrity: wasm.integrity }, islands }) + ";");
  for (const tag of preloads) html = html.replace(tag, "");
  html = html.replace(inline, () => `<script type="module">\n${loader}</script>`);
}

// 2. The stylesheets and the route marker, inline.
{
  const link = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>\s*/g;
  const names = [...html.matchAll(link)].map((m) => m[1]);
  const css = (await Promise.all(names.map((n) => readFile(join(dir, n), "utf8")))).join("\n");
  let first = true;
  html = html.replace(link, () => {
    if (!first) return "";
    first = false;
    return `<style>\n${css}</style>\n`;
  });
  await Promise.all(names.map((n) => unlink(join(dir, n))));
  const marker = await readFile(join(root, "assets/prerender.js"), "utf8");
  html = html.replace('<script src="prerender.js"></script>', () => `<script>\n${marker}</script>`);
}

/** The page's CSP with the SHA-256 of each of its inline scripts and styles added. */
function withHashes(page) {
  const digest = (code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
  const scripts = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => digest(m[1]));
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => digest(m[1]));
  return page.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_, head, policy) => {
    const directives = policy.split(/;\s*/).map((d) => d.split(/\s+/).filter((t) => !t.startsWith("'sha256-")));
    for (const [name, hashes] of [["script-src", scripts], ["style-src", styles]]) {
      const d = directives.find((x) => x[0] === name);
      if (d) d.push(...hashes);
    }
    return `${head}${directives.map((d) => d.join(" ")).join("; ")}"`;
  });
}
html = withHashes(html);
await writeFile(indexPath, html);

// 3. The static snapshots, shown before the wasm loads (crates/prerender: index.html with its
// snapshot in place of its <!--prerendered: …--> marker, and embed.html, a copy with the
// embeds' snapshot).
if (process.env.WHY_RUST_PRERENDER !== "0") {
  execFileSync("cargo", ["run", "--quiet", "--manifest-path", join(root, "Cargo.toml"), "-p", "prerender", "--", dir], { stdio: "inherit" });
  for (const page of ["index.html", "embed.html"]) {
    await writeFile(join(dir, page), withHashes(await readFile(join(dir, page), "utf8")));
  }
}

// 4. Inline code only where the page's policy names its hash (checked before the precache
// list is made).
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
  const inlineCode = /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]/i.test(text);
  const allowed = /Content-Security-Policy/.test(text) && withHashes(text) === text;
  if ((inlineCode && !allowed) || /\sstyle="/i.test(text)) {
    throw new Error(`${page} has inline script or style that its Content-Security-Policy does not allow`);
  }
}

// 5. The service worker.
const precache = all.filter((f) => f !== "sw.js");
const digest = createHash("sha256");
for (const f of precache) digest.update(f).update(await readFile(join(dir, f)));
const template = await readFile(join(root, "scripts/sw.template.js"), "utf8");
const sw = template
  .replace("__VERSION__", digest.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(["./", ...precache.map((f) => `./${f}`)], null, 2));
await writeFile(join(dir, "sw.js"), sw);
console.log(`finish-dist: loader and styles inlined, sw.js precaches ${precache.length + 1} URLs`);
