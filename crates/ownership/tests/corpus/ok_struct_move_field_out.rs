// Moving a String field out of a struct is fine when the struct is not used as a whole afterwards.
struct Order {
    customer: String,
    quantity: u32,
}

fn main() {
    let order = Order { customer: String::from("Ben"), quantity: 3 };
    let who = order.customer;
    let how_many = order.quantity;
    println!("{} ordered {} items", who, how_many);
}
