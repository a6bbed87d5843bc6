use std::rc::Rc;

struct Config {
    name: String,
}

fn show(c: &Config) -> usize {
    c.name.len()
}

fn main() {
    let shared = Rc::new(Config { name: String::from("prod") });
    let other = Rc::clone(&shared);
    println!("{} {}", show(&shared), show(&other));
}
