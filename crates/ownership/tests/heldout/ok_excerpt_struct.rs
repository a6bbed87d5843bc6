struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }

    fn announce_and_return_part(&self, announcement: &str) -> &str {
        println!("Attention please: {}", announcement);
        self.part
    }

    fn words(&self) -> usize {
        self.part.split_whitespace().count()
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let excerpt = ImportantExcerpt { part: first_sentence };
    println!("level {}", excerpt.level());
    let part = excerpt.announce_and_return_part("new excerpt");
    println!("excerpt: {:?} ({} words)", part, excerpt.words());

    let excerpts: Vec<ImportantExcerpt> = novel
        .split('.')
        .filter(|s| !s.trim().is_empty())
        .map(|s| ImportantExcerpt { part: s.trim() })
        .collect();
    for e in &excerpts {
        println!("- {}", e.part);
    }
}
