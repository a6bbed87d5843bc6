struct Slot {
    item: Option<String>,
}

impl Slot {
    fn item(&self) -> String {
        self.item.unwrap()
    }
}

fn main() {
    let slot = Slot { item: Some(String::from("key")) };
    println!("{}", slot.item());
}
