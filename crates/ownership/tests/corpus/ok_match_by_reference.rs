enum Message {
    Quit,
    Write(String),
    Move { x: i32, y: i32 },
}

fn describe(msg: &Message) -> String {
    match msg {
        Message::Quit => String::from("quit"),
        Message::Write(text) => format!("write {text}"),
        Message::Move { x, y } => format!("move {x} {y}"),
    }
}

fn main() {
    let msg = Message::Write(String::from("hello"));
    match &msg {
        Message::Write(text) => println!("{text}"),
        _ => {}
    }
    println!("{}", describe(&msg));
    let other = Message::Move { x: 1, y: 2 };
    println!("{}", describe(&other));
    let q = Message::Quit;
    println!("{}", describe(&q));
}
