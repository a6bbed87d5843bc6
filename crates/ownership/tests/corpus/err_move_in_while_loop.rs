// Passing `msg` by value moves it on the first pass through the loop; take `&String` in the function instead.
fn send(message: String) {
    println!("sending: {}", message);
}

fn main() {
    let msg = String::from("ping");
    let mut tries = 0;
    while tries < 3 {
        send(msg);
        tries += 1;
    }
}
