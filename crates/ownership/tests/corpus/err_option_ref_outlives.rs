fn main() {
    let best: Option<&String>;
    {
        let scores = vec![String::from("ten")];
        best = scores.first();
    }
    println!("{:?}", best);
}
