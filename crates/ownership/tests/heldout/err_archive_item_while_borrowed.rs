#[derive(Debug)]
enum Item {
    Book { title: String, pages: u32 },
    Dvd { title: String, minutes: u32 },
}

fn main() {
    let mut archive: Vec<Item> = Vec::new();
    let incoming = vec![
        Item::Book { title: String::from("Moby Dick"), pages: 635 },
        Item::Dvd { title: String::from("Alien"), minutes: 117 },
    ];

    for item in incoming {
        let title = match &item {
            Item::Book { title, .. } | Item::Dvd { title, .. } => title,
        };
        archive.push(item);
        println!("archived {}", title);
    }
    println!("{} items archived", archive.len());
}
