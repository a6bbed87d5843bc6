// A Vec of structs can be read through a shared borrow without giving up ownership.
struct Item {
    name: String,
    count: u32,
}

fn total_items(items: &Vec<Item>) -> u32 {
    let mut sum = 0;
    for it in items.iter() {
        sum += it.count;
    }
    sum
}

fn main() {
    let mut items = Vec::new();
    items.push(Item { name: String::from("bolt"), count: 40 });
    items.push(Item { name: String::from("nut"), count: 55 });
    let n = total_items(&items);
    println!("{} items across {} kinds", n, items.len());
    for it in items.iter() {
        println!("{}: {}", it.name, it.count);
    }
}
