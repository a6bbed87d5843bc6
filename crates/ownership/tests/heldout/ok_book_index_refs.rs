struct Book {
    title: String,
    year: u16,
}

struct Index<'a> {
    by_decade: Vec<(u16, Vec<&'a Book>)>,
}

impl<'a> Index<'a> {
    fn build(books: &'a [Book]) -> Index<'a> {
        let mut by_decade: Vec<(u16, Vec<&'a Book>)> = Vec::new();
        for b in books {
            let decade = b.year / 10 * 10;
            match by_decade.iter_mut().find(|(d, _)| *d == decade) {
                Some((_, list)) => list.push(b),
                None => by_decade.push((decade, vec![b])),
            }
        }
        Index { by_decade }
    }

    fn titles_in(&self, decade: u16) -> Vec<&'a str> {
        self.by_decade
            .iter()
            .filter(|(d, _)| *d == decade)
            .flat_map(|(_, list)| list.iter().map(|b| b.title.as_str()))
            .collect()
    }
}

fn main() {
    let shelf = vec![
        Book { title: String::from("Neuromancer"), year: 1984 },
        Book { title: String::from("Dune"), year: 1965 },
        Book { title: String::from("Hyperion"), year: 1989 },
    ];
    let index = Index::build(&shelf);
    let eighties = index.titles_in(1980);
    println!("1980s: {:?}", eighties);
    println!("{} decades indexed", index.by_decade.len());
}
