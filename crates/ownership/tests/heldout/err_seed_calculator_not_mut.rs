pub struct Calculator {
    value: i32,
}

impl Calculator {
    pub fn new() -> Calculator {
        Calculator { value: 0 }
    }

    pub fn add(&mut self, x: i32) {
        self.value += x;
    }

    pub fn get_value(&self) -> i32 {
        self.value
    }
}

fn main() {
    let calc = Calculator::new();
    calc.add(7);
    calc.add(3);
    println!("value: {}", calc.get_value());
}
