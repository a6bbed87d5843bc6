fn main() {
    let scores = [3, 4, 5];
    scores[1] = 10;
    println!("{:?}", scores);
}
