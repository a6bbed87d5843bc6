struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let Person { name, age } = p;
    println!("{name} {age}");
    let q = Person { name: String::from("Bo"), age: 3 };
    let Person { ref name, .. } = q;
    println!("{name} {}", q.age);
}
