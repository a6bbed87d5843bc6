struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let Person { name, .. } = p;
    println!("{name} {}", p.age);
    let again = p;
    println!("{}", again.age);
}
