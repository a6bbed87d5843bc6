fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let word_list = vec!["apple", "pear", "zucchini", "kiwi"];
    let last = largest(&word_list);
    println!("Last word alphabetically: {}", last);

    let weights = vec![2.5, 9.75, 4.0];
    println!("Heaviest crate: {}", largest(&weights));
}
