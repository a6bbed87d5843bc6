struct Note<'a> { text: &'a str, tag: String }
impl<'a> Note<'a> {
    fn first_word(&self) -> &'a str { self.text.split(' ').next().unwrap_or("") }
}
fn main() {
    let word;
    {
        let raw = String::from("hello there");
        let note = Note { text: raw.as_str(), tag: "x".into() };
        word = note.first_word();
        println!("{}", note.tag);
    }
    println!("{}", word);
}
