// `price_ref` borrows `item.price`, so writing that field before the borrow's last use is rejected.
struct Item {
    name: String,
    price: u32,
}

fn main() {
    let mut item = Item { name: String::from("lamp"), price: 30 };
    let price_ref = &item.price;
    item.price = 25;
    println!("{} was {} now {}", item.name, price_ref, item.price);
}
