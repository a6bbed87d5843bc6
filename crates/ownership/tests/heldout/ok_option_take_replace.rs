#[derive(Debug)]
struct Locker {
    number: u32,
    content: Option<String>,
}

impl Locker {
    fn store(&mut self, thing: &str) -> Option<String> {
        self.content.replace(thing.to_string())
    }

    fn empty(&mut self) -> Option<String> {
        self.content.take()
    }

    fn peek(&self) -> Option<&str> {
        self.content.as_deref()
    }
}

fn main() {
    let mut locker = Locker { number: 12, content: None };
    println!("locker {} holds {:?}", locker.number, locker.peek());

    let old = locker.store("gym bag");
    println!("stored gym bag, previous: {:?}", old);

    let old = locker.store("umbrella");
    println!("stored umbrella, previous: {:?}", old);

    if let Some(s) = locker.content.as_mut() {
        s.push_str(" (wet)");
    }
    let len = locker.content.as_ref().map(|s| s.len());
    println!("content length {:?}", len);

    let taken = locker.empty();
    println!("took out {:?}, now {:?}", taken, locker);
    println!("empty again: {}", locker.empty().is_none());
}
