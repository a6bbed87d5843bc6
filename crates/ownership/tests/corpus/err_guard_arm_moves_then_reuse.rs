enum Note {
    Text(String),
    Empty,
}

fn main() {
    let note = Note::Text(String::from("buy milk"));
    match note {
        Note::Text(t) if t.len() > 3 => println!("long: {t}"),
        Note::Text(t) => println!("short: {t}"),
        Note::Empty => println!("empty"),
    }
    if let Note::Empty = note {
        println!("still empty");
    }
    let copy = note;
    if let Note::Text(t) = copy {
        println!("{t}");
    }
}
