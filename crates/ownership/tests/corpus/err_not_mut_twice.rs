// Several mutations of a variable that is not `mut`: rustc reports one
// E0596, pointing at the declaration.
fn main() {
    let scores = Vec::new();
    scores.push(10);
    scores.push(20);
    println!("{:?}", scores);
}
