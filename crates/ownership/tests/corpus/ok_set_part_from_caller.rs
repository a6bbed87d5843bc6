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
    let b = String::from("second");
    let mut h = Highlight { part: &a };
    h.set(&b);
    println!("{}", h.part);
}
