use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(String::from("ann"));
    let today: HashSet<String> = ["ann", "bo"].iter().map(|s| s.to_string()).collect();
    let again = seen.intersection(&today);
    seen.insert(String::from("cy"));
    println!("{}", again.count());
}
