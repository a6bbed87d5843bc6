#[derive(Debug, Default, Clone)]
struct Slot {
    item: String,
    count: u32,
}

struct Inventory {
    slots: Vec<Slot>,
}

impl Inventory {
    fn new(size: usize) -> Self {
        Inventory { slots: vec![Slot::default(); size] }
    }

    fn slot_mut(&mut self, i: usize) -> &mut Slot {
        &mut self.slots[i]
    }
}

fn main() {
    let mut inv = Inventory::new(4);
    let first = inv.slot_mut(0);
    first.item = String::from("arrow");
    first.count = 20;

    let second = inv.slot_mut(1);
    second.item = String::from("bow");
    second.count = 1;

    // move half the arrows to the second slot
    first.count -= 10;
    second.count += 10;
    println!("{:?}", inv.slots);
}
