use std::fmt::Display;

struct Wrapper<T> {
    value: T,
    label: String,
}

impl<T> Wrapper<T> {
    fn new(value: T, label: &str) -> Self {
        Wrapper { value, label: label.to_string() }
    }

    fn value(&self) -> &T {
        &self.value
    }
}

// Extra methods only when T can be displayed.
impl<T: Display> Wrapper<T> {
    fn show(&self) {
        println!("[{}] {}", self.label, self.value);
    }

    fn boxed(&self) -> String {
        format!("<<{}>>", self.value)
    }
}

fn main() {
    let temperature = Wrapper::new(21.5, "temp");
    let city = Wrapper::new(String::from("Oslo"), "city");
    temperature.show();
    city.show();
    println!("Boxed city: {}", city.boxed());

    let raw = Wrapper::new(vec![1, 2, 3], "raw");
    println!("Raw wrapper holds {} numbers", raw.value().len());
    println!("Temp value is {}", temperature.value());
}
