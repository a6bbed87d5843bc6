struct Button {
    label: String,
    handlers: Vec<Box<dyn Fn(&str) -> String>>,
}

impl Button {
    fn new(label: &str) -> Self {
        Button { label: label.to_string(), handlers: Vec::new() }
    }

    fn on_click<F: Fn(&str) -> String + 'static>(&mut self, f: F) {
        self.handlers.push(Box::new(f));
    }

    fn click(&self) -> Vec<String> {
        self.handlers.iter().map(|h| h(&self.label)).collect()
    }
}

fn main() {
    let mut save = Button::new("Save");
    let user = String::from("kim");
    save.on_click(move |l| format!("{} clicked {}", user, l));
    save.on_click(|l| format!("{} has {} letters", l, l.len()));
    let greeting = "Saved!";
    save.on_click(move |_| greeting.to_string());

    for msg in save.click() {
        println!("{}", msg);
    }
    println!("{} handlers on {}", save.handlers.len(), save.label);
}
