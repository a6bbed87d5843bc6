enum Message {
    Text(String),
    Image { url: String, width: u32 },
    Ping,
}

fn preview(msg: &Message) -> String {
    match *msg {
        Message::Text(body) => body,
        Message::Image { width, .. } => format!("[image {}px]", width),
        Message::Ping => String::from("ping"),
    }
}

fn main() {
    let chat = vec![
        Message::Text(String::from("hi there")),
        Message::Image { url: String::from("cat.png"), width: 640 },
        Message::Ping,
    ];
    for m in &chat {
        println!("{}", preview(m));
    }
    if let Message::Image { url, .. } = &chat[1] {
        println!("first image at {}", url);
    }
}
