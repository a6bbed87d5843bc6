// Several ownership mistakes in one score-keeping program.
fn average(scores: Vec<i32>) -> i32 {
    let n = scores.len() as i32;
    (scores[0] + scores[1]) / n
}

fn main() {
    let mut scores = vec![70, 80];
    let avg = average(scores);
    scores.push(90);
    let mut names = vec![String::from("Kim")];
    let top = &names[0];
    names.clear();
    println!("{avg} {top}");
}
