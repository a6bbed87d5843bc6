// `message` moved into `process_data`, then printed: E0382.
fn process_data(data: String) {
    println!("processing {} bytes", data.len());
}

fn main() {
    let message = String::from("Hello, world!");
    process_data(message);
    println!("{}", message);
}
