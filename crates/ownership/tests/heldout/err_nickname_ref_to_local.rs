struct Contact {
    first: String,
    last: String,
    nickname: Option<String>,
}

fn greeting_name(c: &Contact) -> &str {
    match &c.nickname {
        Some(n) => n,
        None => {
            let full = format!("{} {}", c.first, c.last);
            &full
        }
    }
}

fn main() {
    let people = vec![
        Contact { first: "Maria".into(), last: "Lopez".into(), nickname: Some("Mari".into()) },
        Contact { first: "John".into(), last: "Doe".into(), nickname: None },
    ];
    for p in &people {
        println!("Hi {}!", greeting_name(p));
    }
}
