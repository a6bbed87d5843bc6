// Any number of shared borrows may exist at the same time.
fn main() {
    let s = String::from("hi");
    let a = &s;
    let b = &s;
    println!("{a} {b}");
}
