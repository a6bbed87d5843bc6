const MAX_ITEMS: usize = 3;
const SECONDS_PER_HOUR: u32 = 60 * 60;
static GREETING: &str = "Welcome to the shop";

struct Cart {
    items: Vec<String>,
}

impl Cart {
    fn limit() -> usize {
        MAX_ITEMS
    }
}

fn main() {
    let mut cart = Cart { items: Vec::new() };
    cart.items.push(String::from("apple"));
    let room = Cart::limit() - cart.items.len();
    let open = &SECONDS_PER_HOUR;
    println!("{GREETING}: {room} left, open {open} s, at most {}", MAX_ITEMS);
}
