#[derive(Debug)]
struct Pizza {
    toppings: Vec<String>,
    large: bool,
}

impl Pizza {
    fn new() -> Pizza {
        Pizza {
            toppings: Vec::new(),
            large: false,
        }
    }

    fn topping(mut self, name: &str) -> Pizza {
        self.toppings.push(name.to_string());
        self
    }

    fn large(mut self) -> Self {
        self.large = true;
        self
    }
}

fn main() {
    let pizza = Pizza::new().topping("cheese").topping("olives").large();
    println!("{:?}", pizza);
}
