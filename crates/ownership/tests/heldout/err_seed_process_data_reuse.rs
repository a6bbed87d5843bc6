fn process_data(data: String) {
    // `data` is owned here.
    println!("processing {}", data);
    // At the end of this scope, `data` is automatically freed.
}

fn shout(data: &str) -> String {
    data.to_uppercase()
}

fn main() {
    let message = String::from("Hello, world!");
    println!("{}", shout(&message));
    process_data(message);
    println!("message was {} characters long", message.len());
}
