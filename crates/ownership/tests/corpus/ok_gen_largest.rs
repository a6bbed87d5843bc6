// Find the largest item in a list, like in chapter 10.
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
    let scores = vec![34, 50, 25, 100, 65];
    let best_score = largest(&scores);
    println!("The highest score is {}", best_score);

    let grades = vec!['y', 'm', 'a', 'q'];
    let top_grade = largest(&grades);
    println!("The largest char is {}", top_grade);

    let titles = vec![
        String::from("Dune"),
        String::from("Neuromancer"),
        String::from("Foundation"),
    ];
    let last_title = largest(&titles);
    println!("Alphabetically last title: {}", last_title);
    println!("We still have {} titles", titles.len());
}
