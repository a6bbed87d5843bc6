// What a visitor on a slow phone waits for: loads routes of dist/ (served gzip) in headless
// Chromium with Lighthouse's mobile conditions applied for real (150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up, 4x CPU slowdown; DevTools throttling, not a simulation) and prints the
// median, over RUNS cold loads, of:
//   first paint   first contentful paint (ms from navigation start)
//   LCP           the last largest-contentful-paint candidate before any input
//   app           the app is live: it has hydrated the pre-rendered page (html[data-boot=live])
//   widget        the first widget island on the page is mounted (`data-island-state=ready`),
//                 or "-" if no island is within a screen of the first one (where the loader
//                 starts fetching)
//   blocking      total blocking time: the part over 50 ms of each long task from the first
//                 paint until a second after the widget (or the app) is ready, as Lighthouse
//                 counts it, but with the slowdown applied for real rather than simulated
//
//   node scripts/bench-first-load.mjs [route ...]    RUNS=5 to change the number of loads
//
// Needs a release build in dist/ (`node scripts/dist.mjs`).
import { serveStatic } from "./static-server.mjs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const dist = fileURLToPath(new URL(process.env.DIST ?? "../dist/", import.meta.url));
const ROUTES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["#/", "#/ownership", "embed.html#/embed/ownership", "embed.html#/embed/energy", "embed.html#/embed/decision"];
const RUNS = Number(process.env.RUNS ?? 3);

await stat(join(dist, "index.html")).catch(() => {
  console.error(`${dist}index.html is missing: run \`node scripts/dist.mjs\` first`);
  process.exit(2);
});
const server = await serveStatic(dist, { gzip: true });
const base = server.url;

// The DOM names of ui::dom, as the build wrote them.
const dom = JSON.parse(await readFile(join(dist, "dom.json"), "utf8"));

// Runs in the page before anything else: notes when the app is live and an island mounts.
const marks = (dom) => {
  const m = (globalThis.__loadMarks = { lcp: 0, fcp: 0, app: 0, widget: 0, tasks: [] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.tasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") m.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new MutationObserver(() => {
    const now = performance.now();
    if (!m.app && document.documentElement.getAttribute(dom.boot) === dom.bootLive) m.app = now;
    if (!m.widget && document.querySelector(`[${dom.islandState}="${dom.islandReady}"]`)) m.widget = now;
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("route\tfirst paint\tLCP\tapp\twidget\tblocking\t(ms, median of " + RUNS + ")");
try {
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
      const page = await context.newPage();
      await page.addInitScript(marks, dom);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(base + route);
      const hasIsland = await page.waitForFunction(() => globalThis.__loadMarks?.app > 0, null, { timeout: 60000 })
        .then(() => page.evaluate((dom) =>
          [...document.querySelectorAll(`[${dom.island}]`)].some((el) => el.getBoundingClientRect().top < 2 * innerHeight), dom));
      if (hasIsland) await page.waitForFunction(() => globalThis.__loadMarks.widget > 0, null, { timeout: 60000 });
      await page.waitForTimeout(1000);
      runs.push(await page.evaluate(() => {
        const m = globalThis.__loadMarks;
        const end = (m.widget || m.app) + 1000;
        const blocking = m.tasks
          .filter(([start]) => start >= m.fcp && start <= end)
          .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
        return { ...m, blocking };
      }));
      await context.close();
    }
    // A time that some run never reached prints as "-"; blocking time may well be 0.
    const col = (k) => (k === "blocking" || runs.every((r) => r[k] > 0) ? Math.round(median(runs.map((r) => r[k]))) : "-");
    console.log([route, col("fcp"), col("lcp"), col("app"), col("widget"), col("blocking")].join("\t"));
  }
} finally {
  await browser.close();
  server.close();
}
