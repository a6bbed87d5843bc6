struct Menu {
    dish: String,
}

impl Menu {
    fn pick<'a>(&'a self, fallback: &'a str) -> &'a str {
        if self.dish.is_empty() {
            fallback
        } else {
            &self.dish
        }
    }
}

fn main() {
    let menu = Menu {
        dish: String::from("soup"),
    };
    let choice;
    {
        let fallback = String::from("bread");
        choice = menu.pick(&fallback);
    }
    println!("today: {choice}");
}
