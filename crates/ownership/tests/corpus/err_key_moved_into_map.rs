use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    let name = String::from("Ada");
    ages.insert(name, 36);
    println!("{name} is {}", ages["Ada"]);
}
