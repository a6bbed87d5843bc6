struct Song {
    title: String,
    year: u16,
}

struct Shelf<'a> {
    by_year: Vec<(u16, &'a Song)>,
    pair: (&'a str, [&'a Song; 1]),
}

fn main() {
    let songs = vec![Song { title: String::from("a"), year: 1999 }];
    let shelf = Shelf { by_year: vec![(songs[0].year, &songs[0])], pair: ("best", [&songs[0]]) };
    println!("{} {} {}", shelf.by_year.len(), shelf.pair.0, shelf.pair.1[0].title);
}
