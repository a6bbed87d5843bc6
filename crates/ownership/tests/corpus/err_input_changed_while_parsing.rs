struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }
}

fn main() {
    let mut input = String::from("let x = 5;");
    let p = Parser { text: &input, pos: 4 };
    input.push_str(" let y = 6;");
    println!("{}", p.rest());
}
