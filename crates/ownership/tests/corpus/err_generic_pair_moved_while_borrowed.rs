#[derive(Debug)]
struct Pair<T>(T, T);
fn main() {
    let p = Pair(String::from("a"), String::from("b"));
    let r = &p.1;
    let q = p;
    println!("{} {:?}", r, q);
}
