// A reader is still in use when the writer comes along: E0502.
fn main() {
    let mut s = String::from("hi");
    let a = &s;
    let b = &s;
    s.push_str("!");
    println!("{a} {b}");
}
