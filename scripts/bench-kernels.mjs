// Times the "Run it yourself" benchmark as a visitor's browser runs it: serves dist/ (after a
// `node scripts/dist.mjs`), opens the home page in headless Chromium, and runs spectral-norm
// in dist/bench-worker.js (Rust/wasm first, then plain JavaScript) several times.
//
//   node scripts/bench-kernels.mjs [n=2000] [runs=3] [--same-worker]
//
// Each run uses a fresh worker by default (what a visitor's first click gets); --same-worker
// reuses one worker, so runs after the first are JIT-warm. Prints each run, then the median
// Rust and JavaScript compute times (the worker's `ms`: time inside the kernel steps only),
// the ratio JS ms / Rust ms, and the checksum (the Benchmarks Game's 9-decimal output).
import { serveDist, launch, newPage, openRoute } from "../tests/e2e/support.mjs";

const args = process.argv.slice(2);
const sameWorker = args.includes("--same-worker");
const [n = 2000, runs = 3] = args.filter((a) => !a.startsWith("--")).map(Number);
if (!Number.isInteger(n) || n < 1 || n > 20000 || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: node scripts/bench-kernels.mjs [n (1..20000)] [runs] [--same-worker]");
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const server = await serveDist();
const browser = await launch();
try {
  const page = await newPage(browser);
  await openRoute(page, server.url, "#/");
  const results = [];
  for (let k = 0; k < runs; k++) {
    const result = await page.evaluate(
      ({ n, fresh }) =>
        new Promise((resolve, reject) => {
          if (fresh || !window.__benchWorker) {
            window.__benchWorker?.terminate();
            window.__benchWorker = new Worker("bench-worker.js", { type: "module" });
          }
          const worker = window.__benchWorker;
          const done = {};
          const onMessage = ({ data: m }) => {
            if (m.type === "done") done[m.which] = m;
            if (m.type === "error" || m.type === "cancelled") reject(new Error(JSON.stringify(m)));
            if (m.type === "done" && m.which === "js") {
              worker.removeEventListener("message", onMessage);
              resolve(done);
            }
          };
          worker.addEventListener("message", onMessage);
          worker.addEventListener("error", (e) => reject(new Error(`worker: ${e.message}`)), { once: true });
          worker.postMessage({ type: "run", n, which: "both" });
        }),
      { n, fresh: !sameWorker },
    );
    results.push(result);
    const { rust, js } = result;
    console.log(`run ${k + 1}: Rust ${rust.ms.toFixed(1)} ms, JS ${js.ms.toFixed(1)} ms, JS/Rust ${(js.ms / rust.ms).toFixed(2)}`);
  }
  const rustMs = median(results.map((r) => r.rust.ms));
  const jsMs = median(results.map((r) => r.js.ms));
  const checksums = new Set(results.flatMap((r) => [r.rust.checksum, r.js.checksum]));
  console.log(
    `\nspectral-norm n = ${n}, ${runs} run(s), ${sameWorker ? "one worker" : "a fresh worker per run"}, ` +
      `headless Chromium ${browser.version()}`,
  );
  console.log(`median Rust (wasm) ${rustMs.toFixed(1)} ms`);
  console.log(`median JavaScript  ${jsMs.toFixed(1)} ms`);
  console.log(`ratio JS / Rust    ${(jsMs / rustMs).toFixed(2)}`);
  console.log(`checksum           ${[...checksums].join(" ≠ ")}${checksums.size === 1 ? " (both kernels)" : "  MISMATCH"}`);
  if (page.errors.length) console.log(`console errors: ${page.errors.join("; ")}`);
  if (checksums.size !== 1 || page.errors.length) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
