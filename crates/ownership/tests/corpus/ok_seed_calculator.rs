// The seed article's `Calculator`, without wasm-bindgen: a struct with an
// `impl` block, driven from `main` the way JavaScript drives it.
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
    calc.add(10);
    let value = calc.get_value();
    println!("value = {value}");
}
