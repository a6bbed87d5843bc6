#[derive(Debug)]
struct Slot {
    item: Option<String>,
}

impl Slot {
    fn take_item(&mut self) -> Option<String> {
        self.item.take()
    }

    fn peek(&self) -> Option<&str> {
        self.item.as_deref()
    }
}

fn main() {
    let mut slot = Slot { item: Some(String::from("key")) };
    println!("{:?}", slot.peek());
    let taken = slot.take_item();
    println!("{:?} {:?}", taken, slot);
    let old = slot.item.replace(String::from("coin"));
    println!("{:?} {}", old, slot.item.is_some());
}
