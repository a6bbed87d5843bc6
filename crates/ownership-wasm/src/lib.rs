//! The ownership engine for the browser, as a module of its own: the parser (`syn`) and the
//! analysis are most of the engine's size, so the page loads them only when the visualizer
//! is first shown (`src/widgets/ownership/engine.rs`), and the rest of the site does not wait.
//!
//! ```js
//! import init, { analyze } from "./ownership/ownership_wasm.js";
//! await init();
//! analyze("fn main() { let s = String::new(); let t = s; let u = s; }").diagnostics[0].code;
//! // "E0382"
//! ```

use wasm_bindgen::prelude::*;

/// Analyzes a program (`ownership::analyze`) and returns the `ownership::Analysis` as a plain
/// JavaScript object (the serde shape of the Rust type). Never panics.
///
/// # Errors
/// Only if the analysis cannot be converted to a JavaScript value, which does not happen for
/// these types; the error is a JavaScript `Error`.
#[wasm_bindgen]
pub fn analyze(source: &str) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(&ownership::analyze(source))
        .map_err(|e| JsError::new(&e.to_string()))
}
