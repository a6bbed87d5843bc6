struct Excerpt<'a> {
    part: &'a str,
}

fn show(e: Excerpt) -> usize {
    println!("{}", e.part);
    e.part.len()
}

fn main() {
    let text = String::from("some text");
    let e = Excerpt { part: &text };
    let n = show(e);
    println!("{n} {text}");
}
