// Lesson: if both branches move `message`, it is moved afterwards either way;
// assigning a new String re-initialises it so it can be used again.
fn send(text: String) -> usize {
    text.len()
}

fn main() {
    let urgent = true;
    let mut message = String::from("server down");
    let sent;
    if urgent {
        sent = send(message);
    } else {
        sent = send(message) + 1;
    }
    message = String::from("all clear");
    println!("sent {} bytes, next: {}", sent, message);
}
