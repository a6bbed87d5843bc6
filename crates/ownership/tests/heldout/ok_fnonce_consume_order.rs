#[derive(Debug)]
struct Order {
    id: u32,
    items: Vec<String>,
}

fn run_once<F>(f: F) -> usize
where
    F: FnOnce() -> usize,
{
    f()
}

fn main() {
    let order = Order { id: 17, items: vec!["tea".to_string(), "scone".to_string()] };
    let shipped = move || {
        println!("shipping order {:?}", order);
        let count = order.items.len();
        println!("order {} packed", order.id);
        drop(order);
        count
    };
    let n = run_once(shipped);
    println!("shipped {} items", n);

    let greeting = String::from("thanks for shopping");
    let print_it = || println!("{}", greeting);
    print_it();
    print_it();
    println!("greeting still usable: {}", greeting.len());

    let name = String::from("receipt.txt");
    let consume = move || name;
    let taken = consume();
    println!("took {}", taken);
}
