enum Slot {
    Filled(String),
    Empty,
}

fn main() {
    let label;
    {
        let slot = Slot::Filled(String::from("gem"));
        label = match &slot {
            Slot::Filled(name) => name,
            Slot::Empty => "nothing",
        };
    }
    println!("{label}");
}
