use std::collections::{HashSet, VecDeque};

fn main() {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::new();
    queue.push_back(1);
    queue.push_back(2);
    while let Some(n) = queue.pop_front() {
        if seen.insert(n) && n < 5 {
            queue.push_back(n * 2);
        }
    }
    println!("{} {}", seen.len(), seen.contains(&4));
    for n in &seen {
        print!("{n} ");
    }
    println!();
}
