// `*boxed` is a Box we only borrow; moving it out would leave the caller's Box empty. Clone it, or read the inner value.
fn unwrap_box(boxed: &Box<String>) -> Box<String> {
    let inner = *boxed;
    inner
}

fn main() {
    let b = Box::new(String::from("gift"));
    let c = unwrap_box(&b);
    println!("{} {}", b, c);
}
