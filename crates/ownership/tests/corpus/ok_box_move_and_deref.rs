// A Box owns its heap value; moving the Box moves ownership of that value.
fn read_boxed(b: Box<i32>) -> i32 {
    *b + 1
}

fn main() {
    let boxed = Box::new(41);
    let inner = *boxed;
    let answer = read_boxed(boxed);
    println!("inner {} answer {}", inner, answer);
}
