fn main() {
    let mut scores = vec![72, 95, 88];
    let best = scores.iter().max();
    scores.push(100);
    println!("{:?}", best);
}
