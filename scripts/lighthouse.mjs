// Lighthouse (mobile preset, the CLI's default) on the home page, each widget route and each
// embed route (at embed.html, where the embed snippet points), with dist/ served
// gzip-compressed from a local static server (as a real host would serve it). Prints the four
// category scores (performance, accessibility, best practices, SEO) per route.
//
//   node scripts/lighthouse.mjs [route ...]      e.g. node scripts/lighthouse.mjs '#/energy'
//   LH_REPORTS=/tmp/lh node scripts/lighthouse.mjs   also keeps each route's full JSON report
//   RUNS=3 node scripts/lighthouse.mjs               the median of three runs per route
//   CPU_SLOWDOWN=2.6 node scripts/lighthouse.mjs     another CPU multiplier than the preset's 4
//
// The preset's 4× CPU slowdown stands for a mid-range phone only on a host as fast as
// Lighthouse's reference machine. The script prints the host's benchmarkIndex and the
// multiplier Lighthouse's calibration (docs/throttling.md, "CPU throttling") gives for it:
// on a slower host, 4× models a slower phone, and the scores drop with it.
//
// Needs a release build in dist/ (`node scripts/dist.mjs`) and Debian's Chromium. Lighthouse
// itself is fetched from the npm registry on first use (`npx --yes lighthouse@12`), so the test
// command does not install it; it takes about 15 s per route here.
import { serveStatic } from "./static-server.mjs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
// By default: the home page, and each widget's page and embed, from the widget registry.
const slugs = JSON.parse(await readFile(join(dist, "widgets.json"), "utf8").catch(() => "[]")).map((w) => w.slug);
const ROUTES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["#/", ...slugs.map((s) => `#/${s}`), ...slugs.map((s) => `embed.html#/embed/${s}`)];

if (process.env.LH_REPORTS) await mkdir(process.env.LH_REPORTS, { recursive: true });
await stat(join(dist, "index.html")).catch(() => {
  console.error("dist/index.html is missing: run `node scripts/dist.mjs` first");
  process.exit(2);
});

const server = await serveStatic(dist, { gzip: true });
const base = server.url;

const flags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
].join(" ");
const rows = [];
// The host's benchmarkIndex as each run measured it (it varies from run to run).
const benchmarkIndexes = [];

/** Lighthouse's calibrated CPU multiplier for a host's benchmarkIndex (docs/throttling.md). */
function calibrated(index) {
  if (index >= 1300) return 3 + (index - 1300) / 233;
  if (index >= 800) return 2 + (index - 800) / 500;
  return 1 + (index - 150) / 650;
}
let failed = false;
try {
  for (const route of ROUTES) {
    try {
      // RUNS=3: run each route three times and keep the run with the median performance score
      // (one machine's runs differ by several points, mostly in total blocking time).
      const runs = [];
      for (let i = 0; i < Number(process.env.RUNS ?? 1); i++) {
        const { stdout } = await run(
          "npx",
          ["--yes", "lighthouse@12", base + route, "--quiet", "--output=json", "--output-path=stdout",
           `--chrome-flags=${flags}`, "--only-categories=performance,accessibility,best-practices,seo",
           ...(process.env.CPU_SLOWDOWN ? [`--throttling.cpuSlowdownMultiplier=${process.env.CPU_SLOWDOWN}`] : [])],
          { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
        );
        runs.push({ stdout, report: JSON.parse(stdout) });
      }
      benchmarkIndexes.push(...runs.map((r) => r.report.environment?.benchmarkIndex).filter(Number.isFinite));
      runs.sort((a, b) => a.report.categories.performance.score - b.report.categories.performance.score);
      const { stdout, report } = runs[Math.floor(runs.length / 2)];
      if (process.env.LH_REPORTS) {
        const name = route.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
        await writeFile(join(process.env.LH_REPORTS, `${name}.json`), stdout);
      }
      const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
      const shown = (id) => report.audits[id]?.displayValue ?? "?";
      // The element Lighthouse took for the largest contentful paint, as a CSS selector.
      const findNode = (v) =>
        v && typeof v === "object" ? (v.node?.selector ?? Object.values(v).map(findNode).find(Boolean)) : undefined;
      const lcpElement = findNode(report.audits["largest-contentful-paint-element"]?.details) ?? "?";
      const range = runs.length > 1 ? ` (${runs.map((r) => Math.round(r.report.categories.performance.score * 100)).join("/")})` : "";
      rows.push([route, score("performance") + range, score("accessibility"), score("best-practices"), score("seo"),
        shown("largest-contentful-paint"), shown("total-blocking-time"), shown("cumulative-layout-shift"), lcpElement]);
    } catch (e) {
      failed = true;
      rows.push([route, "error", String(e.message).split("\n")[0].slice(0, 60)]);
    }
    console.log(rows.at(-1).join("\t"));
  }
} finally {
  server.close();
}
if (benchmarkIndexes.length) {
  const [low, high] = [Math.min(...benchmarkIndexes), Math.max(...benchmarkIndexes)];
  console.log(`\nhost benchmarkIndex ${Math.round(low)}–${Math.round(high)}: Lighthouse's calibration gives a ` +
    `${calibrated(low).toFixed(1)}–${calibrated(high).toFixed(1)}× CPU slowdown for a mid-range phone; ` +
    `this batch used ${process.env.CPU_SLOWDOWN ?? 4}×`);
}
console.log("\nroute\tperformance\taccessibility\tbest-practices\tseo\tLCP\tTBT\tCLS\tLCP element");
for (const r of rows) console.log(r.join("\t"));
process.exitCode = failed ? 1 : 0;
