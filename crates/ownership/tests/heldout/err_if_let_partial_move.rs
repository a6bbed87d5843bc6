#[derive(Debug)]
struct Race {
    name: String,
    winner: Option<String>,
}

fn main() {
    let race = Race {
        name: String::from("city marathon"),
        winner: Some(String::from("Kipchoge")),
    };

    if let Some(champion) = race.winner {
        println!("{} won the {}", champion, race.name);
    } else {
        println!("nobody finished the {}", race.name);
    }

    println!("full record: {:?}", race);
}
