// A value moved inside the loop is given a fresh value before the next
// iteration, so every use sees a live String.
fn send(msg: String) {
    println!("sent {msg}");
}

fn main() {
    let mut msg = String::from("first");
    let mut round = 0;
    while round < 3 {
        send(msg);
        msg = String::from("next");
        round += 1;
    }
    println!("{msg}");
}
