fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) + f(x) }
fn call_twice<F>(mut f: F) where F: FnMut() { f(); f(); }
fn consume<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let offset = 3;
    println!("{}", apply(|x| x + offset, 2));
    let mut count = 0;
    call_twice(|| count += 1);
    println!("{}", count);
    let s = String::from("hi");
    let out = consume(move || s);
    println!("{}", out);
}
