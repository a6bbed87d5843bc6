// Loads the ownership engine (dist/ownership/ownership_wasm.js, built from crates/ownership-wasm)
// on first use. It is a separate module so that the first load of the site does not include
// the Rust parser. The URL is resolved against the page, so the site works from any sub-path.
let engine = null;

/** Resolves to the initialised engine module; one load however often it is called. */
export function loadEngine() {
  engine ??= import(new URL("ownership/ownership_wasm.js", document.baseURI).href).then(async (m) => {
    const exports = await m.default();
    // For the soak test: the engine module's linear memory, in bytes.
    globalThis.whyRustEngineMemory = () => exports.memory.buffer.byteLength;
    return m;
  });
  return engine;
}

/** Runs the engine's `analyze` on `source`; throws what it throws. */
export function analyzeWith(module, source) {
  return module.analyze(source);
}
