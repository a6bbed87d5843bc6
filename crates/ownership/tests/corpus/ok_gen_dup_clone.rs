#[derive(Debug, Clone)]
struct Potion {
    name: String,
    strength: u8,
}

// Make two copies of anything that can be cloned.
fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn main() {
    let healing = Potion { name: String::from("Healing"), strength: 5 };
    let (left_hand, right_hand) = dup(&healing);
    println!("Left: {:?}", left_hand);
    println!("Right: {:?}", right_hand);
    println!("Original is still here: {} ({})", healing.name, healing.strength);

    let gold = 250;
    let (a, b) = dup(&gold);
    println!("Gold piles: {} and {}", a, b);

    let names = vec![String::from("sword"), String::from("shield")];
    let (backup, spare) = dup(&names);
    println!("Backup has {} items, spare has {}", backup.len(), spare.len());
    println!("Original names: {:?}", names);
}
