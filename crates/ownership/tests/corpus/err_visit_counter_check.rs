// Mistake: comparing `visits` while `tally` (a mutable borrow of it) is still live.
// Fix: do the comparison after the last use of `tally`, or compare through `*tally`.
fn main() {
    let mut visits: u32 = 0;
    let tally = &mut visits;
    *tally += 1;
    if visits > 0 {
        println!("someone visited the page");
    }
    *tally += 1;
    println!("total visits: {}", visits);
}
