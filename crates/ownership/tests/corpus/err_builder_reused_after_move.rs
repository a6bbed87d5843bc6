#[derive(Debug)]
struct Pizza {
    toppings: Vec<String>,
}

impl Pizza {
    fn topping(mut self, name: &str) -> Pizza {
        self.toppings.push(name.to_string());
        self
    }
}

fn main() {
    let base = Pizza {
        toppings: Vec::new(),
    };
    let margherita = base.topping("basil");
    let marinara = base.topping("garlic");
    println!("{:?} {:?}", margherita, marinara);
}
