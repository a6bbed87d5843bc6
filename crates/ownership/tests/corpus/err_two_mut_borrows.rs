// Two mutable borrows alive at the same time: E0499.
fn main() {
    let mut s = String::from("hi");
    let a = &mut s;
    let b = &mut s;
    a.push('x');
    b.push('y');
}
