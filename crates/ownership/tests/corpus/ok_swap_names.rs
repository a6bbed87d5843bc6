fn swap(pair: (String, String)) -> (String, String) {
    let (a, b) = pair;
    (b, a)
}

fn main() {
    let names = (String::from("Ada"), String::from("Bo"));
    let swapped = swap(names);
    let (first, _) = &swapped;
    println!("{first} {}", swapped.1);
}
