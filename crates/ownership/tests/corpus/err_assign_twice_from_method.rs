struct Thermometer {
    celsius: f64,
}

impl Thermometer {
    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

fn main() {
    let reading = Thermometer { celsius: 21.5 };
    let value = reading.celsius;
    println!("{value}");
    value = reading.fahrenheit();
    println!("{value}");
}
