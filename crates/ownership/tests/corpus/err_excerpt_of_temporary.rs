struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e = Excerpt { part: String::from("temporary").as_str() };
    println!("{}", e.part);
}
