struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Ada"), age: 36 };
    let Person { name, .. } = &p;
    let first = name.clone();
    p.age += 1;
    println!("{first} {}", p.age);
}
