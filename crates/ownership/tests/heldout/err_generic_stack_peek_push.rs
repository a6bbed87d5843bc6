#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut plates: Stack<String> = Stack::new();
    plates.push(String::from("blue plate"));
    plates.push(String::from("red plate"));

    let top = plates.peek();
    plates.push(String::from("green plate"));
    println!("top was {:?}, size now {}", top, plates.size());
}
