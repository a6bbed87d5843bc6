fn run<F: FnOnce()>(f: F) { f(); f(); }
fn main() {
    run(|| println!("x"));
}
