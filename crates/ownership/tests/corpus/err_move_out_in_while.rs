// Moving the same String into a function on every iteration: the second
// time round it is already gone (E0382).
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let line = String::from("hello");
    let mut count = 0;
    while count < 2 {
        count += consume(line);
    }
    println!("{count}");
}
