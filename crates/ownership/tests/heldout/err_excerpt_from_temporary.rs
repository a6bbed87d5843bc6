struct Quote<'a> {
    text: &'a str,
    author: &'a str,
}

impl<'a> Quote<'a> {
    fn print(&self) {
        println!("\"{}\" - {}", self.text, self.author);
    }
}

fn main() {
    let author = String::from("Oscar Wilde");
    let raw = "  be yourself; everyone else is already taken  ";
    let q = Quote {
        text: raw.trim().to_string().as_str(),
        author: &author,
    };
    q.print();
    println!("quote length {}", q.text.len());
}
