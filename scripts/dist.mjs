// Builds the site into dist/: a static folder that works from any path of any static host.
// One file, in the order it runs:
//   1. the widget registry (src/registry.rs) as JSON, dist/widgets.json: which islands
//      to build and which stylesheets to join here, and what the other scripts and the tests
//      read; and the DOM names the Rust side shares with the page's scripts and the tests
//      (crates/ui/src/dom.rs), dist/dom.json;
//   2. every wasm module, each `cargo` → `wasm-bindgen --target web` → `wasm-opt`: the shell
//      (the why-rust crate, named by its content's hash); the standalone calculator for plain
//      JavaScript pages, with its demo page; the benchmark kernels (built for speed); each
//      island of the registry, and beside the visualizer the preset programs its menus fetch;
//   3. the static files: assets/ and the energy table;
//   4. index.html from its template: the stylesheets joined and inlined, the boot script
//      (assets/boot.js, told the DOM names and the shell's files with their integrity hashes)
//      inlined, and a Content-Security-Policy that allows exactly that inline script and that
//      style, by their hashes;
//   5. the pages' markup, rendered natively with Yew's server-side rendering
//      (crates/prerender), for the browser to hydrate: the home page and each widget's page
//      into index.html, each embed into embed.html (the same page otherwise), and each
//      widget's page and embed alone into <slug>.html and embed-<slug>.html; given SITE_URL,
//      their oEmbed discovery links, oembed/<slug>.json and thumbnails/<slug>.svg;
//   6. checks: no page has inline code its policy does not allow, nor a style attribute;
//   7. sw.js, the service worker, which precaches every file, versioned by their contents.
//
//   node scripts/dist.mjs          (scripts/test.sh and scripts/serve.sh run it)
//
// It needs cargo with the wasm32-unknown-unknown target, the wasm-bindgen CLI that matches
// Cargo.lock and binaryen's wasm-opt (scripts/setup.sh installs them).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] }).toString();
const sha = (algorithm, data) => createHash(algorithm).update(data).digest("base64");
const started = Date.now();

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// 1. The widget registry.
const registryJson = run("cargo", ["run", "--quiet", "-p", "prerender", "--", "widgets-json"]);
const widgets = JSON.parse(registryJson);
await writeFile(join(dist, "widgets.json"), registryJson);
const domJson = run("cargo", ["run", "--quiet", "-p", "ui", "--bin", "dom-json"]);
await writeFile(join(dist, "dom.json"), domJson);

// 2. The wasm modules.
/**
 * Builds `pkg` for wasm32 into dist/`dir`/`name`.js and `name`_bg.wasm. `opt` is the
 * optimisation level of rustc (for this package only) and of wasm-opt: "z" for size, "3" for
 * speed. The shell is the crate's binary; every other module its library, built as a cdylib
 * only (rustc skips LTO when one build asks for rlib and cdylib, which costs a module about a
 * sixth of its size).
 */
function wasmModule(pkg, { dir, name, opt = "z", typescript = false, bin = null }) {
  const level = /^[0-9]$/.test(opt) ? opt : `"${opt}"`;
  const cargoTarget = bin ? ["--bin", bin] : ["--lib", "--crate-type", "cdylib"];
  run("cargo", ["rustc", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "-p", pkg, ...cargoTarget,
    "--config", `profile.release.package.${pkg}.opt-level=${level}`]);
  const out = join(dist, dir);
  run("wasm-bindgen", ["--target", "web", ...(typescript ? [] : ["--no-typescript"]), "--out-dir", out, "--out-name", name,
    join(target, "wasm32-unknown-unknown", "release", `${bin ?? pkg.replaceAll("-", "_")}.wasm`)]);
  // --low-memory-unused: rustc's wasm32 layout puts the 1 MiB stack first, growing down to
  // address 0, and the data after it, so the lowest kilobyte is only ever touched by a stack
  // about to overflow; told so, wasm-opt folds constant offsets into loads and stores.
  const wasm = join(out, `${name}_bg.wasm`);
  run("wasm-opt", [`-O${opt}`, "--low-memory-unused", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
    "--enable-sign-ext", "--enable-mutable-globals", wasm, "-o", wasm]);
}

// The shell, then named by a hash of its files (cached for a year by hosts that can).
wasmModule("why-rust", { dir: ".", name: "why-rust", bin: "why-rust" });
const shellJs = await readFile(join(dist, "why-rust.js"));
const shellWasm = await readFile(join(dist, "why-rust_bg.wasm"));
const shellName = `why-rust-${createHash("sha256").update(shellJs).update(shellWasm).digest("hex").slice(0, 16)}`;
await rename(join(dist, "why-rust.js"), join(dist, `${shellName}.js`));
await rename(join(dist, "why-rust_bg.wasm"), join(dist, `${shellName}_bg.wasm`));

wasmModule("calculator", { dir: "calculator", name: "calculator", typescript: true });
for (const file of ["demo.html", "demo.js", "demo.css"]) {
  await cp(join(root, "crates/calculator/demo", file), join(dist, "calculator", file));
}
wasmModule("kernels", { dir: "kernels", name: "kernels", opt: "3", typescript: true });
for (const { island } of widgets.filter((w) => w.island)) {
  wasmModule(island.dir, { dir: island.dir, name: island.dir.replaceAll("-", "_") });
}
// Presenter mode: a module of its own, loaded only on its pages (src/island.rs, PRESENTER).
wasmModule("present-view", { dir: "present-view", name: "present_view" });
// The visualizer's menu examples: corpus programs, fetched when picked (presets.txt).
const presets = join(dist, "ownership-view/presets");
await mkdir(presets, { recursive: true });
for (const line of (await readFile(join(root, "crates/ownership-view/presets.txt"), "utf8")).split("\n")) {
  if (line.startsWith("#") || !line.trim()) continue;
  const file = line.split("|")[2].trim();
  await cp(join(root, "crates/ownership/tests/corpus", `${file}.rs`), join(presets, `${file}.rs`));
}

// 3. The static files.
for (const file of ["manifest.webmanifest", "embed.js", "bench-worker.js", "favicon.svg"]) {
  await cp(join(root, "assets", file), join(dist, file));
}
await cp(join(root, "data/energy-table4.csv"), join(dist, "energy-table4.csv"));
// The decision matrix's data, linked from the matrix (its CSV is written by the pre-render).
await cp(join(root, "data/decision.toml"), join(dist, "decision.toml"));

// 4. index.html.
// The stylesheets: the tokens and the layout, each widget's (styles/<slug>.css), then
// presenter mode's.
const styleNames = ["tokens", "layout", ...widgets.map((w) => w.slug), "present"];
// Then the place each island keeps while its module loads, from the registry (with the
// specificity of `.island` alone, so that an embed's preview, drawn in that place, sets the
// height instead: layout.css's `.island:has(> .island-preview)`).
const dom = JSON.parse(domJson);
const reserved = widgets.filter((w) => w.island).map(({ island }) =>
  `.island:where([${dom.island}="${island.dir}"][${dom.islandState}="${dom.islandLoading}"]) { min-height: ${island.reserve_rem}rem; }`);
const css = [
  ...(await Promise.all(styleNames.map((n) => readFile(join(root, "styles", `${n}.css`), "utf8")))),
  `/* Each island's place while it loads (scripts/dist.mjs, from the widget registry). */\n${reserved.join("\n")}\n`,
].join("\n");
// The shell's files, each with its Subresource Integrity hash, for the boot script: its JS first,
// then the JS snippets it imports (js/island-loader.js), then its wasm.
const integrity = async (file) => `sha384-${sha("sha384", await readFile(join(dist, file)))}`;
const snippets = (await files(join(dist, "snippets"))).map((f) => relative(dist, f)).filter((f) => f.endsWith(".js")).sort();
const app = {
  modules: await Promise.all([`${shellName}.js`, ...snippets].map(async (f) => ({ href: `./${f}`, integrity: await integrity(f) }))),
  wasm: { href: `./${shellName}_bg.wasm`, integrity: await integrity(`${shellName}_bg.wasm`) },
  islands: Object.fromEntries([
    ...widgets.filter((w) => w.island).map((w) => [w.slug, w.island.dir]),
    ...["present", "speaker", "deck"].map((page) => [page, "present-view"]),
  ]),
};
let boot = await readFile(join(root, "assets/boot.js"), "utf8");
for (const [line, value] of [["const DOM = DOM_NAMES;", dom], ["const APP = APP_FILES;", app]]) {
  if (boot.split(line).length !== 2) throw new Error(`assets/boot.js must have exactly one \`${line}\``);
  boot = boot.replace(line, () => line.replace(/= \w+;/, () => `= ${JSON.stringify(value)};`));
}
// The policy: only this site's own files, and the inline code above by its hash.
const hash = (code) => `'sha256-${sha("sha256", code)}'`;
const policy = [
  ["default-src", "'self'"],
  ["script-src", "'self'", "'wasm-unsafe-eval'", hash(boot)],
  ["style-src", "'self'", hash(css)],
  ["img-src", "'self'", "data:"],
  ["connect-src", "'self'"],
].map((d) => d.join(" ")).join("; ");
const fill = { "<!--build: policy-->": policy, "<!--build: styles-->": `<style>${css}</style>`,
  "<!--build: boot-->": `<script>${boot}</script>` };
let page = await readFile(join(root, "index.html"), "utf8");
for (const [slot, content] of Object.entries(fill)) {
  if (page.split(slot).length !== 2) throw new Error(`index.html must have exactly one ${slot}`);
  page = page.replace(slot, () => content);
}
await writeFile(join(dist, "index.html"), page);

// 5. The pages' markup (in place of index.html's <!--prerendered: …--> marker; embed.html).
// With SITE_URL (the site's public address, ending in /), also the oEmbed documents and
// thumbnails, and the discovery links on the widgets' own pages.
process.stdout.write(run("cargo", ["run", "--quiet", "-p", "prerender", "--", dist, ...(process.env.SITE_URL ? [process.env.SITE_URL] : [])]));

// 6. Inline code only where the page's policy names its hash; no style attributes.
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, entry.name);
    out.push(...(entry.isDirectory() ? await files(p) : [p]));
  }
  return out;
}
const all = (await files(dist)).map((p) => relative(dist, p)).sort();
for (const name of all.filter((f) => f.endsWith(".html"))) {
  const text = await readFile(join(dist, name), "utf8");
  const allowed = text.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? "";
  const inline = [
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]),
    ...[...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
  ];
  const refused = inline.filter((code) => !allowed.includes(hash(code)));
  if (refused.length > 0 || /\sstyle="/i.test(text)) {
    throw new Error(`${name} has inline script or style that its Content-Security-Policy does not allow`);
  }
}

// 7. The service worker.
const precache = all.filter((f) => f !== "sw.js");
const version = createHash("sha256");
for (const f of precache) version.update(f).update(await readFile(join(dist, f)));
const sw = (await readFile(join(root, "scripts/sw.template.js"), "utf8"))
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(["./", ...precache.map((f) => `./${f}`)], null, 2));
await writeFile(join(dist, "sw.js"), sw);
console.log(`dist: ${precache.length + 1} files in ${((Date.now() - started) / 1000).toFixed(0)} s (sw.js precaches them)`);
