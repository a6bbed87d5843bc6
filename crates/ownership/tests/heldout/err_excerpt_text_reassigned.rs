#[derive(Debug)]
struct Caption<'a> {
    text: &'a str,
    size: u8,
}

impl<'a> Caption<'a> {
    fn width(&self) -> usize {
        self.text.len() * self.size as usize / 2
    }
}

fn main() {
    let mut message = String::from("Happy birthday!");
    let caption = Caption { text: &message, size: 24 };
    message = String::from("Happy anniversary!");
    println!("{:?} is {} px wide", caption, caption.width());
    println!("message is now {}", message);
}
