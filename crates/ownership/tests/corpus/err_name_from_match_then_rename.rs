struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Ada"), age: 36 };
    let name = match &p {
        Person { name, age } if *age > 30 => name,
        Person { name, .. } => name,
    };
    p.name = String::from("Grace");
    println!("{name} {}", p.age);
}
