struct Slot {
    item: Option<String>,
}

impl Slot {
    fn label(&self) -> String {
        match self.item.as_ref() {
            Some(name) => name.clone(),
            None => String::from("empty"),
        }
    }
}

fn main() {
    let slot = Slot { item: Some(String::from("key")) };
    let label = slot.label();
    let len = slot.item.as_ref().map_or(0, |s| s.len());
    println!("{label} {len}");
}
