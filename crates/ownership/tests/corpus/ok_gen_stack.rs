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

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn main() {
    // Undo history for a text editor.
    let mut history: Stack<String> = Stack::new();
    history.push(String::from("typed 'hello'"));
    history.push(String::from("deleted word"));
    history.push(String::from("pasted link"));

    if let Some(top) = history.peek() {
        println!("Last action: {}", top);
    }
    println!("History size: {}", history.len());

    while let Some(action) = history.pop() {
        println!("Undoing: {}", action);
    }
    println!("Empty now? {}", history.is_empty());
}
