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
    let mut calc = Calculator::new();
    calc.add(5);
    calc.add(-2);
    println!("value: {}", calc.get_value());

    let mut calcs = vec![Calculator::new(), Calculator::new()];
    for (i, c) in calcs.iter_mut().enumerate() {
        c.add(i as i32 * 10);
    }
    let values: Vec<i32> = calcs.iter().map(|c| c.get_value()).collect();
    println!("values: {:?}", values);
}
