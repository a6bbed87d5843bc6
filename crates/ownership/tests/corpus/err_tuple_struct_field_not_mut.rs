struct Counter(u32);
fn main() {
    let c = Counter(0);
    c.0 = 5;
    println!("{}", c.0);
}
