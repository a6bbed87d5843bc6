#![allow(unused)]
// Immutable variables can only be assigned once: E0384.
fn main() {
    let count = 0;
    count = 1;
    let level = 3;
    level += 1;
}
