// Lesson: clone a value before moving it when you still need the original.
// `checkout` takes ownership of the clone; `cart` stays usable.
fn checkout(items: Vec<String>) -> usize {
    items.len()
}

fn main() {
    let cart = vec![String::from("apples"), String::from("tea")];
    let paid = checkout(cart.clone());
    println!("paid for {} items", paid);
    println!("receipt still lists {} items", cart.len());
}
