struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn new(text: &'a str) -> Self {
        Excerpt { part: text }
    }

    fn part(&self) -> &'a str {
        self.part
    }
}

fn keep(s: String) -> usize {
    s.len()
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let e = Excerpt::new(&novel);
    let n = keep(novel);
    println!("{} {n}", e.part());
}
