// Only one branch moves `report`, but after the `if` it may be gone, so
// rustc refuses the later use (E0382).
fn archive(text: String) {
    println!("archived {} bytes", text.len());
}

fn main() {
    let report = String::from("q3 numbers");
    let done = true;
    if done {
        archive(report);
    } else {
        println!("still editing");
    }
    println!("{report}");
}
