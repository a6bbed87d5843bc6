fn process_data(data: String) {
    // `data` is owned here.
    println!("processing {:?} ({} bytes)", data, data.len());
    // At the end of this scope, `data` is automatically freed.
}

fn process_borrowed(data: &str) -> usize {
    data.split_whitespace().count()
}

fn main() {
    let message = String::from("Hello, world!");
    let words = process_borrowed(&message);
    println!("{} words before handing it over", words);
    process_data(message);
    // `message` has been moved, no double-free possible.

    let greetings = vec![String::from("hi"), String::from("hola"), String::from("salut")];
    for g in greetings.iter() {
        process_data(g.clone());
    }
    println!("still have {} greetings", greetings.len());
    for g in greetings {
        process_data(g);
    }
}
