// Times how long the energy chart takes to re-render after the visitor switches the metric,
// the scale or the reference language (issue budget: under 16 ms, one frame at 60 Hz).
// Serves dist/ (after `node scripts/dist.mjs`), opens #/energy in headless Chromium, and for
// each switch measures from the input's change event to the end of the DOM update the app
// makes for it (the last mutation of the chart, observed with a MutationObserver, then one
// more macrotask so every microtask Yew scheduled has run). Prints median, p95 and max.
//
//   node scripts/bench-energy-render.mjs [repetitions=30]
//
// Exits 1 if any median is 16 ms or more.
import { serveDist, launch, newPage, openRoute } from "../tests/e2e/support.mjs";

const reps = Number(process.argv[2] ?? 30);
if (!Number.isInteger(reps) || reps < 1) {
  console.error("usage: node scripts/bench-energy-render.mjs [repetitions]");
  process.exit(2);
}
const BUDGET_MS = 16;

const server = await serveDist();
const browser = await launch();
let failed = false;
try {
  const page = await newPage(browser);
  await openRoute(page, server.url, "#/energy");
  await page.waitForSelector(".bar-chart .bar");

  // Each switch alternates between two states so every repetition changes the chart.
  for (const name of ["metric", "scale", "reference"]) {
    const times = await page.evaluate(
      async ({ name, reps }) => {
        const chartArea = document.querySelector(".energy-widget .chart-area");
        const radios = (group) => [...document.querySelectorAll(`input[name="${group}"]`)];
        const select = document.querySelector("#energy-reference");
        const act = (k) => {
          if (name === "metric") {
            const r = radios("energy-metric");
            const input = r[k % r.length];
            input.checked = true;
            input.dispatchEvent(new Event("change", { bubbles: true }));
          } else if (name === "scale") {
            const input = radios("energy-scale")[k % 2];
            input.checked = true;
            input.dispatchEvent(new Event("change", { bubbles: true }));
          } else {
            select.value = ["Rust", "Python", "Go", "C"][k % 4];
            select.dispatchEvent(new Event("change", { bubbles: true }));
          }
        };
        const once = (k) =>
          new Promise((resolve) => {
            let last = 0;
            const observer = new MutationObserver(() => {
              last = performance.now();
            });
            observer.observe(chartArea, { subtree: true, childList: true, attributes: true, characterData: true });
            const start = performance.now();
            act(k);
            // Yew renders in microtasks after the event; a macrotask later it is done.
            setTimeout(() => {
              observer.disconnect();
              resolve(last > 0 ? last - start : NaN);
            }, 0);
          });
        const out = [];
        // k counts every switch, so each one moves to a different state than the last.
        let k = 1;
        // Warm-up: the first few switches include one-time allocations.
        for (let w = 0; w < 4; w++) await once(k++);
        for (let r = 0; r < reps; r++) {
          out.push(await once(k++));
          await new Promise((r) => requestAnimationFrame(() => r()));
        }
        return out;
      },
      { name, reps },
    );
    const valid = times.filter(Number.isFinite).sort((a, b) => a - b);
    if (valid.length < times.length) {
      console.log(`${name}: ${times.length - valid.length} switch(es) changed nothing in the chart`);
      failed = true;
    }
    const q = (p) => valid[Math.min(valid.length - 1, Math.floor(p * valid.length))];
    const median = q(0.5);
    console.log(
      `${name.padEnd(9)} median ${median.toFixed(2)} ms  p95 ${q(0.95).toFixed(2)} ms  max ${valid.at(-1).toFixed(2)} ms  (${valid.length} switches)`,
    );
    if (!(median < BUDGET_MS)) failed = true;
  }
  console.log(`budget: median under ${BUDGET_MS} ms per switch; headless Chromium ${browser.version()}`);
  if (page.errors.length) {
    console.log(`console errors: ${page.errors.join("; ")}`);
    failed = true;
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
