struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn skip(&mut self, n: usize) {
        self.pos += n;
    }
}

fn main() {
    let input = String::from("let x = 5;");
    let mut p = Parser::new(&input);
    p.skip(4);
    let rest = p.rest();
    p.skip(1);
    println!("{rest} {}", p.rest());
}
