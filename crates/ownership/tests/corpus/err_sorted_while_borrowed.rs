fn main() {
    let mut scores = vec![(3, "c"), (1, "a"), (2, "b")];
    let top = &scores[0];
    scores.sort_by(|x, y| y.0.cmp(&x.0));
    println!("{:?}", top);
}
