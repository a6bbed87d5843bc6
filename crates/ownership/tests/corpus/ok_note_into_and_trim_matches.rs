struct Note<'a> { text: &'a str, tag: String }
impl<'a> Note<'a> {
    fn words(&self) -> usize { self.text.split_whitespace().count() }
    fn clean(&self) -> &'a str { self.text.trim_matches(|c: char| !c.is_alphanumeric()) }
}
fn main() {
    let raw = String::from("  hello there!  ");
    let note = Note { text: raw.as_str(), tag: "greeting".into() };
    let cleaned = note.clean();
    println!("{} {} {}", note.words(), cleaned, note.tag);
    let id: u64 = 7u32.into();
    println!("{}", id);
}
