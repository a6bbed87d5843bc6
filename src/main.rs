//! Mounts the playground; everything else lives in the library so browser tests can mount it too.
fn main() {
    // A task after the wasm is instantiated, not in the same one: the browser's work of
    // finishing the module and the app's hydration would otherwise be one long task.
    gloo::timers::callback::Timeout::new(0, why_rust::start).forget();
}
