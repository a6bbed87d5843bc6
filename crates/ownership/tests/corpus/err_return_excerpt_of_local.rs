struct Excerpt<'a> {
    part: &'a str,
}

fn make() -> Excerpt<'static> {
    let text = String::from("local text");
    Excerpt { part: &text }
}

fn main() {
    let e = make();
    println!("{}", e.part);
}
