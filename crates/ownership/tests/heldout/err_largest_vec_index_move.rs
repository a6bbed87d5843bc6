fn largest<T: PartialOrd>(list: &Vec<T>) -> T {
    let mut largest = list[0];
    for item in list {
        if *item > largest {
            largest = *item;
        }
    }
    largest
}

fn main() {
    let scores = vec![72, 95, 88];
    println!("top score {}", largest(&scores));

    let names = vec![String::from("mia"), String::from("zara"), String::from("lee")];
    println!("last alphabetically: {}", largest(&names));
}
