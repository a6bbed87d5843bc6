// Functions taking &Gradebook and &mut Gradebook show shared and exclusive access in turn.
struct Gradebook {
    scores: Vec<f64>,
}

fn add_score(book: &mut Gradebook, s: f64) {
    book.scores.push(s);
}

fn average(book: &Gradebook) -> f64 {
    let mut sum = 0.0;
    let mut count = 0.0;
    for s in book.scores.iter() {
        sum += *s;
        count += 1.0;
    }
    if count == 0.0 { 0.0 } else { sum / count }
}

fn main() {
    let mut book = Gradebook { scores: Vec::new() };
    add_score(&mut book, 3.5);
    add_score(&mut book, 4.0);
    println!("average {}", average(&book));
}
