// Size budgets, measured on the release build in dist/:
//   - the first load of `#/`: every file the page fetches (HTML, loader, JS glue, wasm, CSS,
//     favicon, manifest, data) before anything is scrolled, gzip -9, at most 250 KB
//     (256,000 bytes);
//   - the standalone calculator module: calculator.js + calculator_bg.wasm, gzip -9, at most
//     12 KB (12,288 bytes);
//   - the ownership island's wasm (dist/ownership-view/*.wasm, the visualizer with its engine),
//     gzip -9: at most 60 KB (61,440 bytes) more than the 380,994 bytes it was at 29d9b01,
//     before the engine grew past the teaching subset (measured by this script's gzip, the
//     module built the way scripts/dist.mjs builds it, from a checkout of 29d9b01).
// Each page is opened in headless Chromium (1280 × 720) over a local server and every response
// it receives is counted. The ownership, energy and decision widgets are islands, modules
// loaded when they near the viewport, so the script also prints, for information, what each
// widget route fetches once its widget is ready and what the home page has fetched once it
// has been scrolled to the end (the service worker's background precache comes after the
// first load and is not counted).
//
//   node scripts/size-budget.mjs [--enforce=first-load,calculator,ownership-island]
//
// Exits 1 when an enforced budget is exceeded (both are, unless --enforce names a subset).
import { gzipSync } from "node:zlib";
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { serveDist, launch, newPage, appStarted, islandsSettled, showIsland, widgets } from "../tests/e2e/support.mjs";

const KB = 1024;
const BUDGETS = { "first-load": 250 * KB, calculator: 12 * KB, "ownership-island": 380994 + 60 * KB };
const enforceArg = process.argv.find((a) => a.startsWith("--enforce="));
const enforce = new Set(enforceArg ? enforceArg.slice("--enforce=".length).split(",") : Object.keys(BUDGETS));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Opens `hash`, runs `then(page)`, and resolves to the files fetched: name → { raw, gzip }. */
async function fetched(browser, server, hash, then) {
  const files = new Map();
  const page = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  page.on("response", async (response) => {
    const url = response.url();
    if (!url.startsWith(server.url)) return;
    try {
      const body = await response.body();
      files.set(url.slice(server.url.length).split("#")[0] || "index.html", { raw: body.length, gzip: gz(body) });
    } catch {
      // A response without a body (a redirect): nothing to count.
    }
  });
  await page.goto(server.url + hash);
  await appStarted(page);
  await islandsSettled(page);
  await then(page);
  await page.waitForLoadState("networkidle");
  if (page.errors.length) throw new Error(`${hash}: console errors: ${page.errors.join("; ")}`);
  await page.context().close();
  return files;
}

const total = (files) => [...files.values()].reduce((n, f) => n + f.gzip, 0);

const server = await serveDist();
const browser = await launch();
let firstLoad;
const routes = [];
try {
  firstLoad = await fetched(browser, server, "#/", async () => {});
  const islands = (await widgets()).filter((w) => w.island);
  for (const w of islands) routes.push([`#/${w.slug}`, await fetched(browser, server, `#/${w.slug}`, async () => {})]);
  routes.push([
    "#/ scrolled to the end",
    await fetched(browser, server, "#/", async (page) => {
      for (const w of islands) await showIsland(page, w.island.dir);
    }),
  ]);
} finally {
  await browser.close();
  await server.close();
}

let failed = false;
const report = (name, bytes, budget) => {
  const over = bytes > budget;
  const enforced = enforce.has(name);
  if (over && enforced) failed = true;
  const verdict = over ? (enforced ? "OVER BUDGET" : "over budget (not enforced)") : "within budget";
  console.log(`${name}: ${bytes} bytes gzip (${(bytes / KB).toFixed(1)} KB) of ${(budget / KB).toFixed(1)} KB: ${verdict}`);
};

console.log("first load of #/ (gzip -9 bytes):");
for (const [name, { raw, gzip }] of [...firstLoad].sort()) {
  console.log(`  ${name.padEnd(52)} ${String(raw).padStart(9)} raw ${String(gzip).padStart(8)} gzip`);
}
report("first-load", total(firstLoad), BUDGETS["first-load"]);

console.log("each route once its widgets are ready (gzip -9 bytes, for information):");
for (const [name, files] of routes) {
  const islands = [...files.keys()].filter((f) => /-view\/.*\.wasm$/.test(f)).map((f) => f.split("/")[0]);
  console.log(`  ${name.padEnd(32)} ${String(total(files)).padStart(8)} (${(total(files) / KB).toFixed(1)} KB; modules: shell${islands.map((i) => ` + ${i}`).join("")})`);
}

const dist = new URL("../dist/calculator/", import.meta.url);
let calculator = 0;
for (const f of ["calculator.js", "calculator_bg.wasm"]) {
  const body = await readFile(fileURLToPath(new URL(f, dist)));
  console.log(`  calculator/${f.padEnd(33)} ${String(body.length).padStart(9)} raw ${String(gz(body)).padStart(8)} gzip`);
  calculator += gz(body);
}
report("calculator", calculator, BUDGETS.calculator);

const islandDir = new URL("../dist/ownership-view/", import.meta.url);
let island = 0;
for (const f of (await readdir(fileURLToPath(islandDir))).filter((f) => f.endsWith(".wasm"))) {
  const body = await readFile(fileURLToPath(new URL(f, islandDir)));
  console.log(`  ownership-view/${f.padEnd(29)} ${String(body.length).padStart(9)} raw ${String(gz(body)).padStart(8)} gzip`);
  island += gz(body);
}
report("ownership-island", island, BUDGETS["ownership-island"]);
process.exitCode = failed ? 1 : 0;
