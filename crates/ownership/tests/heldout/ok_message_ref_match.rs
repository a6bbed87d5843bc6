enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

fn log(msg: &Message) {
    match msg {
        Message::Quit => println!("quit"),
        Message::Move { x, y: 0 } => println!("move horizontally to {}", x),
        Message::Move { x, y } => println!("move to {},{}", x, y),
        Message::Write(text) => println!("text: {} ({} bytes)", text, text.len()),
        &Message::ChangeColor(r, g, b) => println!("color #{:02x}{:02x}{:02x}", r, g, b),
    }
}

fn shout(msg: &mut Message) {
    if let Message::Write(ref mut text) = *msg {
        *text = text.to_uppercase();
    }
}

fn main() {
    let mut inbox = vec![
        Message::Write(String::from("hello")),
        Message::Move { x: 3, y: 0 },
        Message::Move { x: 1, y: 2 },
        Message::ChangeColor(255, 128, 0),
        Message::Quit,
    ];
    for m in inbox.iter_mut() {
        shout(m);
    }
    for m in &inbox {
        log(m);
    }
}
