struct Member {
    full_name: String,
    nickname: Option<String>,
}

impl Member {
    fn new(full_name: &str, nickname: Option<&str>) -> Self {
        Member {
            full_name: full_name.to_string(),
            nickname: nickname.map(|n| n.to_string()),
        }
    }

    fn display_name(&self) -> String {
        if self.nickname.is_some() {
            self.nickname.unwrap()
        } else {
            self.full_name.clone()
        }
    }
}

fn main() {
    let club = vec![
        Member::new("Robert Smith", Some("Bob")),
        Member::new("Alice Jones", None),
    ];
    for m in &club {
        println!("hello, {}", m.display_name());
    }
}
