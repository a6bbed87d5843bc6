#[derive(Debug)]
struct Point<T> { x: T, y: T }
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
}
