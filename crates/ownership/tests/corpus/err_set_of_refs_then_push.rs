use std::collections::HashSet;

fn main() {
    let mut guests = vec![String::from("ana"), String::from("bo")];
    let seen: HashSet<&String> = guests.iter().collect();
    guests.push(String::from("cy"));
    println!("{} seen", seen.len());
}
