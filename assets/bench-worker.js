// "Run it yourself": the Benchmarks Game's spectral-norm, in Rust compiled to wasm
// (./kernels/kernels.js, built from crates/kernels by scripts/dist.mjs) and in plain
// JavaScript (below), run in a module Web Worker so the page stays responsive.
//
// Start it from a page at the site root:  new Worker("bench-worker.js", { type: "module" })
// It needs no eval, no inline code and no blob: URL, so it runs under the site's CSP
// (script-src 'self' 'wasm-unsafe-eval').
//
// Protocol (every reply for a run carries that run's `id` when the run message had one):
//   page → worker
//     { type: "run", n, which: "both" | "rust" | "js", id? }
//         n: an integer from 0 to 20000 (the matrix is n × n; the work grows as 40·n²).
//         "both" runs Rust first, then JavaScript, in this one worker.
//     { type: "cancel" }
//         stops the current run between two steps (within one step's time, 1/10 of a
//         kernel); ignored when nothing is running.
//   worker → page
//     { type: "progress", which: "rust" | "js", fraction }  after each of a kernel's 10
//         steps: fraction = 0.1, 0.2, … 1 (10 per kernel, so at most 20 per run).
//     { type: "done", which, ms, checksum, value, n }  when a kernel finishes:
//         ms       compute time in milliseconds (performance.now() around each step, summed;
//                  the yields between steps and the messages are not counted),
//         checksum result.toFixed(9), the Benchmarks Game's output ("1.274219991" for n = 100),
//         value    the result as a number (bit-identical between the two kernels),
//         n        the matrix size used.
//         A run ends after its last "done" (the JS one for "both").
//     { type: "cancelled" }  the run stopped because of a cancel; nothing more comes for it.
//     { type: "error", message }  a bad message (unknown type, bad n or which, a run while
//         another is running), or the wasm module failed to load. A run that errors ends there.
//
// Timing note: Rust runs first, then JavaScript. The wasm module is fetched and compiled when
// the worker starts, before any timing; each kernel's JIT warm-up (V8's Liftoff → TurboFan
// tier-up for wasm, Ignition → TurboFan for JS) is inside its first run, as on any first visit.

const MAX_N = 20000;
const ITERATIONS = 10;

// --- The JavaScript kernel: crates/kernels/src/lib.rs, line for line. ---

/** A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), 0-based. The denominator is an exact integer. */
function evalA(i, j) {
  const ij = i + j;
  return 1 / ((ij * (ij + 1)) / 2 + i + 1);
}

/** out = A · v (sums in increasing j, from 0). */
function mulAv(v, out) {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += evalA(i, j) * v[j];
    out[i] = sum;
  }
}

/** out = Aᵀ · v (sums in increasing j, from 0). */
function mulAtv(v, out) {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += evalA(j, i) * v[j];
    out[i] = sum;
  }
}

/** out = Aᵀ · (A · v), with tmp as scratch. */
function mulAtAv(v, out, tmp) {
  mulAv(v, tmp);
  mulAtv(tmp, out);
}

/** sqrt((u·v) / (v·v)); 0 when v is all zeros. */
function estimate(u, v) {
  let vbv = 0;
  let vv = 0;
  for (let i = 0; i < u.length; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return vv > 0 ? Math.sqrt(vbv / vv) : 0;
}

/** The same resumable shape as the Rust `SpectralNorm`: step / progress / is_done / result. */
class SpectralNormJs {
  constructor(n) {
    const size = Math.min(n, MAX_N);
    this.u = new Float64Array(size).fill(1);
    this.v = new Float64Array(size);
    this.tmp = new Float64Array(size);
    this.done = 0;
  }
  n() {
    return this.u.length;
  }
  /** Runs the next power iteration and returns true; false (doing nothing) once all have run. */
  step() {
    if (this.done >= ITERATIONS) return false;
    mulAtAv(this.u, this.v, this.tmp);
    mulAtAv(this.v, this.u, this.tmp);
    this.done += 1;
    return true;
  }
  progress() {
    return this.done / ITERATIONS;
  }
  is_done() {
    return this.done >= ITERATIONS;
  }
  result() {
    return estimate(this.u, this.v);
  }
  free() {}
}

// --- The Rust kernel, loaded once when the worker starts. ---

// A dynamic import, so that a missing or blocked module is reported as an "error" message
// instead of killing the worker (a JavaScript-only run still works then).
const rustReady = import("./kernels/kernels.js").then(
  async (kernels) => {
    await kernels.default();
    return { SpectralNorm: kernels.SpectralNorm, error: null };
  },
  (error) => ({ SpectralNorm: null, error }),
).catch((error) => ({ SpectralNorm: null, error }));

// --- The protocol. ---

let running = false;
let cancelRequested = false;

/** Lets queued messages (a cancel) be delivered before the next step. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs one kernel to the end, posting progress after each step. Resolves to true when it
 * finished (and "done" was posted), false when a cancel stopped it.
 */
async function runKernel(which, kernel, reply) {
  let ms = 0;
  try {
    for (;;) {
      const start = performance.now();
      kernel.step();
      ms += performance.now() - start;
      reply({ type: "progress", which, fraction: kernel.progress() });
      if (kernel.is_done()) break;
      await nextTask();
      if (cancelRequested) return false;
    }
    const value = kernel.result();
    reply({ type: "done", which, ms, checksum: value.toFixed(9), value, n: kernel.n() });
    return true;
  } finally {
    kernel.free(); // releases the Rust struct's wasm memory; a no-op for the JS one
  }
}

async function run({ n, which, id }) {
  const reply = (message) => self.postMessage(id === undefined ? message : { ...message, id });
  const order = { both: ["rust", "js"], rust: ["rust"], js: ["js"] }[which];
  if (!order) {
    reply({ type: "error", message: `which must be "both", "rust" or "js", not ${JSON.stringify(which)}` });
    return;
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_N) {
    reply({ type: "error", message: `n must be an integer from 0 to ${MAX_N}, not ${JSON.stringify(n)}` });
    return;
  }
  running = true;
  cancelRequested = false;
  try {
    for (const kind of order) {
      let kernel;
      if (kind === "rust") {
        const { SpectralNorm, error } = await rustReady;
        if (error) {
          reply({ type: "error", message: `the Rust kernel could not be loaded: ${error?.message ?? error}` });
          return;
        }
        kernel = new SpectralNorm(n);
      } else {
        kernel = new SpectralNormJs(n);
      }
      await nextTask();
      if (cancelRequested) {
        kernel.free();
        reply({ type: "cancelled" });
        return;
      }
      if (!(await runKernel(kind, kernel, reply))) {
        reply({ type: "cancelled" });
        return;
      }
    }
  } catch (error) {
    reply({ type: "error", message: `${kindOf(error)}: ${error?.message ?? error}` });
  } finally {
    running = false;
    cancelRequested = false;
  }
}

const kindOf = (error) => (error instanceof Error ? error.name : "Error");

self.addEventListener("message", (event) => {
  const message = event.data;
  const type = message && typeof message === "object" ? message.type : undefined;
  if (type === "cancel") {
    if (running) cancelRequested = true;
  } else if (type === "run") {
    if (running) {
      const busy = { type: "error", message: "a run is already in progress: send { type: \"cancel\" } first" };
      self.postMessage(message.id === undefined ? busy : { ...busy, id: message.id });
    } else {
      run(message);
    }
  } else {
    self.postMessage({ type: "error", message: `unknown message type ${JSON.stringify(type)}` });
  }
});
