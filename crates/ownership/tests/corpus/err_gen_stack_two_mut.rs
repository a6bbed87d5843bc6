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

    fn peek_mut(&mut self) -> Option<&mut T> {
        self.items.last_mut()
    }
}

fn main() {
    let mut plates: Stack<String> = Stack::new();
    plates.push(String::from("blue plate"));
    plates.push(String::from("red plate"));

    // Grab the top plate twice so we can decorate it from two places.
    let top = plates.peek_mut();
    let also_top = plates.peek_mut();

    if let Some(p) = top {
        p.push_str(" (washed)");
    }
    if let Some(p) = also_top {
        p.push_str(" (dried)");
    }
    println!("Stack has {} plates", plates.items.len());
}
