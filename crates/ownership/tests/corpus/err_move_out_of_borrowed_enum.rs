enum Slot {
    Empty,
    Item(String),
}

fn take(slot: &Slot) -> String {
    match *slot {
        Slot::Empty => String::new(),
        Slot::Item(name) => name,
    }
}

fn main() {
    let s = Slot::Item(String::from("sword"));
    println!("{}", take(&s));
    let e = Slot::Empty;
    println!("{}", take(&e));
}
