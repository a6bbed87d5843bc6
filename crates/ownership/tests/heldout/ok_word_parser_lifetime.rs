struct WordParser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> WordParser<'a> {
    fn new(input: &'a str) -> Self {
        WordParser { input, pos: 0 }
    }

    fn next_word(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let start = self.input.len() - trimmed.len();
        let end = trimmed.find(' ').map(|i| start + i).unwrap_or(self.input.len());
        self.pos = end;
        Some(&self.input[start..end])
    }
}

fn main() {
    let text = String::from("  to be   or not to be ");
    let mut parser = WordParser::new(&text);
    let mut words = Vec::new();
    while let Some(w) = parser.next_word() {
        words.push(w);
    }
    drop(parser);
    println!("{:?}", words);
    println!("{} words from {:?}", words.len(), text);
}
