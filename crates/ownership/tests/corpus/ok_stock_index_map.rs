use std::collections::{HashMap, VecDeque};

fn main() {
    let items = vec!["bolt", "nut", "gear"];
    let lengths: HashMap<&str, usize> = items.iter().map(|i| (*i, i.len())).collect();
    let queue: VecDeque<&str> = items.iter().copied().collect();
    let slice = items.as_slice();
    println!("{:?} {:?} {:?}", lengths.get("nut"), queue.front(), slice);
}
