use std::rc::Rc;

#[derive(Debug)]
struct Node {
    value: i32,
    label: String,
}

fn main() {
    let a = Rc::new(Node { value: 5, label: String::from("five") });
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("{} {} {}", a.value, b.label, Rc::strong_count(&c));
    let label: &String = &b.label;
    println!("{label} {:?}", c);
}
