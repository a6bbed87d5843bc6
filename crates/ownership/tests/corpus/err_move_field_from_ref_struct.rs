// Returning `p.name` tries to move a String out of a borrowed struct; return `p.name.clone()` or a `&str`.
struct Person {
    name: String,
    age: u8,
}

fn name_of(p: &Person) -> String {
    p.name
}

fn main() {
    let p = Person { name: String::from("Eli"), age: 30 };
    let n = name_of(&p);
    println!("{} is {}", n, p.age);
}
