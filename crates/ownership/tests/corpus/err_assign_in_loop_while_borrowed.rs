// `best` is updated inside the loop while `first_best` still borrows it; copy the value (`let first_best = best;`) instead.
fn main() {
    let mut best = 0;
    let first_best = &best;
    for i in 0..5 {
        if i > best {
            best = i;
        }
    }
    println!("started at {}, best is {}", first_best, best);
}
