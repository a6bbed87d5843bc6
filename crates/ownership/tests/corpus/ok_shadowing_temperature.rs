// Shadowing creates a new binding; the old String is moved into the new value's computation.
fn main() {
    let reading = String::from("21.5");
    let reading = format!("{} C", reading);
    let reading = reading.len();
    println!("the formatted reading had {} characters", reading);
}
