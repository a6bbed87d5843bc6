// Ownership moves into the function; main never uses `message` again.
fn process_data(data: String) {
    println!("processing {} bytes", data.len());
}

fn main() {
    let message = String::from("Hello, world!");
    process_data(message);
}
