fn pick<T>(a: T, b: T, first: bool) -> T {
    if first { a } else { b }
}
fn main() {
    let outer = String::from("outer");
    let chosen;
    {
        let inner = String::from("inner");
        chosen = pick(outer.as_str(), inner.as_str(), true);
    }
    println!("{}", chosen);
}
