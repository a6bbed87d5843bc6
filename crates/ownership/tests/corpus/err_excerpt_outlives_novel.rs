struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let novel = String::from("Call me Ishmael.");
        e = Excerpt { part: &novel[..7] };
    }
    println!("{}", e.part);
}
