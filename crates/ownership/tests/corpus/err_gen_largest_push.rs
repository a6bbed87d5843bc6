fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let mut high_scores = vec![340, 1200, 875];
    let best = largest(&high_scores);

    // A new game just finished.
    high_scores.push(1500);

    println!("Best score before the last game: {}", best);
    println!("All scores: {:?}", high_scores);
}
