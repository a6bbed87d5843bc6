//! Mounts the playground; everything else lives in the library so browser tests can mount it too.
fn main() {
    why_rust::start();
}
