struct Excerpt<'a> {
    part: &'a str,
    views: u32,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &str {
        self.part
    }
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let part;
    {
        let e = Excerpt { part: &novel, views: 0 };
        part = e.part();
        println!("{}", e.views);
    }
    println!("{part}");
}
