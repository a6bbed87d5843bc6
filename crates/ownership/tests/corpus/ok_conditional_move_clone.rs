// Cloning in one branch keeps the original usable no matter which branch runs.
fn archive(msg: String) -> usize {
    msg.len()
}

fn main() {
    let message = String::from("quarterly numbers");
    let urgent = false;
    let archived = if urgent { archive(message.clone()) } else { 0 };
    println!("archived {} bytes, still have '{}'", archived, message);
}
