// The for loop holds a shared borrow of `scores` while the body pushes to it; collect into a second Vec instead.
fn main() {
    let mut scores = vec![3, 5, 8];
    for s in scores.iter() {
        if *s > 4 {
            scores.push(*s * 2);
        }
    }
    println!("{} scores", scores.len());
}
