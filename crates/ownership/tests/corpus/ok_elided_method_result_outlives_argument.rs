struct Menu {
    dish: String,
}

impl Menu {
    fn describe(&self, guest: &str) -> &str {
        println!("asked by {guest}");
        &self.dish
    }
}

fn main() {
    let menu = Menu {
        dish: String::from("soup"),
    };
    let choice;
    {
        let guest = String::from("Ada");
        choice = menu.describe(&guest);
    }
    println!("today: {choice}");
}
