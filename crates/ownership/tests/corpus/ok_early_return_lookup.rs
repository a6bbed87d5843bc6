// Lesson: `return` leaves the function early; the borrowed slice of
// inventory is only read, so the caller keeps ownership.
fn find_stock(counts: &Vec<u32>, wanted: usize) -> u32 {
    if wanted >= counts.len() {
        return 0;
    }
    counts[wanted]
}

fn main() {
    let counts = vec![4, 0, 12];
    println!("item 2: {}", find_stock(&counts, 2));
    println!("item 9: {}", find_stock(&counts, 9));
    println!("still have {} entries", counts.len());
}
