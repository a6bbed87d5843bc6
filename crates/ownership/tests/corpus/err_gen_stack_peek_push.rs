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

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    // Browser back-button history.
    let mut history = Stack::new();
    history.push(String::from("home.html"));
    history.push(String::from("about.html"));

    let current = history.peek();
    history.push(String::from("contact.html"));

    if let Some(page) = current {
        println!("Was on {}", page);
    }
    println!("History depth: {}", history.len());
}
