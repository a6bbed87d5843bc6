use std::fs::File;

fn main() {
    let path = String::from("notes.txt");
    let file = File::open(path);
    if file.is_err() {
        println!("could not open {}", path);
    }
}
