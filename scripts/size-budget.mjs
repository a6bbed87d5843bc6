// Size budgets, measured on the release build in dist/:
//   - the first load of `#/`: every file the page fetches (HTML, loader, JS glue, wasm, CSS,
//     favicon, manifest, data), gzip -9, at most 250 KB (256,000 bytes);
//   - the standalone calculator module: calculator.js + calculator_bg.wasm, gzip -9, at most
//     12 KB (12,288 bytes).
// The page is opened in headless Chromium over a local server and every response it receives
// is counted (the service worker's background precache of the rest of the site comes after
// the first load and is listed apart).
//
//   node scripts/size-budget.mjs [--enforce=first-load,calculator] [--ceiling=BYTES]
//
// Prints each file and the totals. Exits 1 when an enforced budget is exceeded (both are
// enforced unless --enforce names a subset). --ceiling is a ratchet for a budget not met yet:
// the first load must not grow past BYTES, so what was won is kept.
import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { serveDist, launch, newPage } from "../tests/e2e/support.mjs";

const KB = 1024;
const BUDGETS = { "first-load": 250 * KB, calculator: 12 * KB };
const enforceArg = process.argv.find((a) => a.startsWith("--enforce="));
const enforce = new Set(enforceArg ? enforceArg.slice("--enforce=".length).split(",") : Object.keys(BUDGETS));
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const ceilingArg = process.argv.find((a) => a.startsWith("--ceiling="));
const ceiling = ceilingArg ? Number(ceilingArg.slice("--ceiling=".length)) : null;

const server = await serveDist();
const browser = await launch();
const files = new Map();
try {
  const page = await newPage(browser);
  page.on("response", async (response) => {
    const url = response.url();
    if (!url.startsWith(server.url)) return;
    try {
      const body = await response.body();
      files.set(url.slice(server.url.length) || "index.html", { raw: body.length, gzip: gz(body) });
    } catch {
      // A response without a body (a redirect): nothing to count.
    }
  });
  await page.goto(server.url + "#/");
  await page.waitForSelector("main#main .intro, main#main h1");
  await page.waitForLoadState("networkidle");
  if (page.errors.length) throw new Error(`console errors: ${page.errors.join("; ")}`);
} finally {
  await browser.close();
  await server.close();
}

let failed = false;
const report = (name, total, budget) => {
  const over = total > budget;
  const enforced = enforce.has(name);
  if (over && enforced) failed = true;
  const verdict = over ? (enforced ? "OVER BUDGET" : "over budget (not enforced)") : "within budget";
  console.log(`${name}: ${total} bytes gzip (${(total / KB).toFixed(1)} KB) of ${budget / KB} KB: ${verdict}`);
};

console.log("first load of #/ (gzip -9 bytes):");
let firstLoad = 0;
for (const [name, { raw, gzip }] of [...files].sort()) {
  console.log(`  ${name.padEnd(44)} ${String(raw).padStart(9)} raw ${String(gzip).padStart(8)} gzip`);
  firstLoad += gzip;
}
report("first-load", firstLoad, BUDGETS["first-load"]);
if (ceiling !== null) {
  const over = firstLoad > ceiling;
  if (over) failed = true;
  console.log(`first-load ceiling (no growth while over budget): ${firstLoad} of ${ceiling} bytes: ${over ? "OVER THE CEILING" : "kept"}`);
}

const dist = new URL("../dist/calculator/", import.meta.url);
let calculator = 0;
for (const f of ["calculator.js", "calculator_bg.wasm"]) {
  const body = await readFile(fileURLToPath(new URL(f, dist)));
  console.log(`  calculator/${f.padEnd(33)} ${String(body.length).padStart(9)} raw ${String(gz(body)).padStart(8)} gzip`);
  calculator += gz(body);
}
report("calculator", calculator, BUDGETS.calculator);
process.exitCode = failed ? 1 : 0;
