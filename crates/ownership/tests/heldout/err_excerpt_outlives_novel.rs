#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn shout(&self) -> String {
        self.part.to_uppercase()
    }
}

fn load_chapter(n: u32) -> String {
    format!("Chapter {}. It was a dark and stormy night. The end.", n)
}

fn main() {
    let favourite: Excerpt;
    {
        let chapter = load_chapter(1);
        let sentence = chapter.split(". ").nth(1).unwrap();
        favourite = Excerpt { part: sentence };
        println!("picked {:?}", favourite);
    }
    println!("loud version: {}", favourite.shout());
}
