// Assigning a new String to `status` would free the old one that `view` still points to; end the borrow first.
fn main() {
    let mut status = String::from("pending");
    let view = &status;
    status = String::from("shipped");
    println!("view says {}", view);
    println!("status is {}", status);
}
