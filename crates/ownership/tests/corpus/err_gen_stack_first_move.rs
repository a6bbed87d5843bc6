struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    // The item at the bottom of the stack.
    fn bottom(&self) -> T {
        self.items[0]
    }
}

fn main() {
    let mut orders = Stack::new();
    orders.push(String::from("order #1001"));
    orders.push(String::from("order #1002"));
    orders.push(String::from("order #1003"));

    let oldest = orders.bottom();
    println!("Oldest order: {}", oldest);
    println!("Orders waiting: {}", orders.items.len());
}
