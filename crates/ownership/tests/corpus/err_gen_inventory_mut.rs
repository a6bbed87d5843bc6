#[derive(Debug)]
struct Item {
    name: String,
    count: u32,
}

struct Inventory<T> {
    slots: Vec<T>,
}

impl<T> Inventory<T> {
    fn slot_mut(&mut self, index: usize) -> &mut T {
        &mut self.slots[index]
    }
}

fn main() {
    let mut bag = Inventory {
        slots: vec![
            Item { name: String::from("arrow"), count: 20 },
            Item { name: String::from("potion"), count: 2 },
        ],
    };

    // Trade five arrows for one more potion.
    let arrows = bag.slot_mut(0);
    let potions = bag.slot_mut(1);
    arrows.count -= 5;
    potions.count += 1;

    println!("{:?}", bag.slots);
}
