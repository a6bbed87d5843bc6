fn call_twice<F>(f: F) where F: FnMut() { f(); f(); }
fn main() {
    let mut count = 0;
    call_twice(|| count += 1);
    println!("{}", count);
}
