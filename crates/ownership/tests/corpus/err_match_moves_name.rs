enum Message {
    Quit,
    Write(String),
    Move { x: i32, y: i32 },
}

fn main() {
    let msg = Message::Write(String::from("hello"));
    match msg {
        Message::Quit => println!("quit"),
        Message::Write(text) => println!("{text}"),
        Message::Move { x, y } => println!("{x} {y}"),
    }
    match msg {
        Message::Write(text) => println!("again {text}"),
        _ => {}
    }
}
