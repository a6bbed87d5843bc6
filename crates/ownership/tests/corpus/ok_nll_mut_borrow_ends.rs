// A mutable borrow ends at its last use, so a shared read afterwards is fine.
fn main() {
    let mut total = 10;
    let r = &mut total;
    *r += 5;
    println!("total after update: {}", total);
    let s = &total;
    println!("read through a shared borrow: {}", s);
}
