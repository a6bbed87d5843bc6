// `count_scores` takes the Vec by value, so `scores` is gone after the call; make the parameter `&Vec<i32>`.
fn count_scores(values: Vec<i32>) -> usize {
    let n = values.len();
    println!("counted {} scores", n);
    n
}

fn main() {
    let scores = vec![90, 85, 77];
    let n = count_scores(scores);
    println!("{} of {} scores", n, scores.len());
}
