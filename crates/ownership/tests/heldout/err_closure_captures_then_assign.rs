struct Item {
    name: &'static str,
    price: u32,
}

fn main() {
    let basket = [Item { name: "shirt", price: 40 }, Item { name: "jacket", price: 120 }];
    let mut discount = 10;
    let price_after = |price: u32| price - price * discount / 100;

    println!("{}: {}", basket[0].name, price_after(basket[0].price));
    // big sale starts now
    discount = 50;
    println!("{}: {}", basket[1].name, price_after(basket[1].price));
    println!("discount is now {}%", discount);
}
