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
    let winner;
    {
        // Readings from this morning only.
        let morning_temps = vec![12.5, 14.0, 13.25];
        winner = largest(&morning_temps);
        println!("Morning peak so far: {}", winner);
    }
    println!("Peak temperature: {}", winner);
}
