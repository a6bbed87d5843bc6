// A closure that mutates a counter holds a mutable borrow only until its last call.
fn main() {
    let mut clicks = 0;
    let mut click = || clicks += 1;
    click();
    click();
    click();
    println!("clicked {} times", clicks);
}
