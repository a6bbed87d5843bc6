fn main() {
    let mut announcers = Vec::new();
    let teams = ["Lions", "Tigers"];
    for t in teams {
        let name = format!("the mighty {}", t);
        announcers.push(|| format!("Please welcome {}!", name));
    }
    // later, at the start of the game
    for a in &announcers {
        println!("{}", a());
    }
    let count = announcers.len();
    if count == teams.len() {
        println!("all {} teams announced", count);
    }
}
