struct Highlight<'a> {
    part: &'a str,
}

impl<'a> Highlight<'a> {
    fn set(&mut self, part: &'a str) {
        self.part = part;
    }
}

fn main() {
    let a = String::from("first");
    let mut h = Highlight { part: &a };
    {
        let b = String::from("second");
        h.set(&b);
    }
    println!("{}", h.part);
}
