use std::collections::HashSet;

fn main() {
    let red: HashSet<u32> = [1, 2, 3].into_iter().collect();
    let blue: HashSet<u32> = [3, 4].into_iter().collect();
    let all = red.union(&blue);
    let kept = blue;
    println!("{} {}", all.count(), kept.len());
}
