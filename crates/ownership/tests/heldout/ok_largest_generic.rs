fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn smallest_copy<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut smallest = list[0];
    for &item in list.iter() {
        if item < smallest {
            smallest = item;
        }
    }
    smallest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("largest number {}", largest(&numbers));
    println!("smallest number {}", smallest_copy(&numbers));

    let chars = ['y', 'm', 'a', 'q'];
    println!("largest char {}", largest(&chars));

    let words = vec![String::from("pear"), String::from("apple"), String::from("zucchini")];
    let w = largest(&words);
    println!("largest word {}", w);
    println!("all words still here: {:?}", words);

    let temps = [12.5, -3.0, 8.25];
    println!("coldest {}", smallest_copy(&temps));
}
