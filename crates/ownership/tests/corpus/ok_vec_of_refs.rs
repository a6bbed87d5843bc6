// A vector of references is fine while the referenced strings live.
fn main() {
    let alice = String::from("Alice");
    let bob = String::from("Bob");
    let mut team: Vec<&String> = Vec::new();
    team.push(&alice);
    team.push(&bob);
    println!("{} players, first is {}", team.len(), team[0]);
    drop(team);
    let moved = alice;
    println!("{moved} {bob}");
}
