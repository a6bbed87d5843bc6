struct Contact {
    first: String,
    last: String,
    nickname: Option<String>,
}

fn display_name(c: &Contact) -> &str {
    if let Some(n) = &c.nickname {
        n
    } else {
        let full = format!("{} {}", c.first, c.last);
        &full
    }
}

fn main() {
    let c = Contact { first: "Ada".into(), last: "Byron".into(), nickname: None };
    println!("{}", display_name(&c));
}
