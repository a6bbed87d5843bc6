#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);
struct Name(String);
struct Marker;
fn total(a: Meters, b: Meters) -> Meters { Meters(a.0 + b.0) }
fn main() {
    let a = Meters(1.5);
    let b = a;
    let t = total(a, b);
    println!("{:?} {}", t, t.0);
    let n = Name(String::from("x"));
    let Name(inner) = n;
    println!("{}", inner);
    let _m = Marker;
    let n2 = Name(String::from("y"));
    let r = &n2.0;
    println!("{} {}", r, n2.0.len());
}
