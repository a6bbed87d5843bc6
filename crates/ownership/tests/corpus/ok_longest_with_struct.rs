#[derive(Debug)]
struct Pair<'a> {
    left: &'a str,
    right: &'a str,
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let a = String::from("short");
    let b = String::from("much longer");
    let pair = Pair { left: &a, right: &b };
    let l = longest(pair.left, pair.right);
    println!("{l} {:?}", pair);
}
