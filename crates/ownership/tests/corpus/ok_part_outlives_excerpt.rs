struct Excerpt<'a> {
    part: &'a str,
    views: u32,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }

    fn view(&mut self) {
        self.views += 1;
    }
}

fn main() {
    let novel = String::from("Call me Ishmael.");
    let part;
    {
        let mut e = Excerpt { part: &novel, views: 0 };
        e.view();
        part = e.part();
        e.view();
        println!("{}", e.views);
    }
    println!("{part}");
}
