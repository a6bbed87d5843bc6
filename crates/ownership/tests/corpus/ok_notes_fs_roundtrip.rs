use std::fs;
use std::io;

fn save_and_count(path: &str, notes: &[&str]) -> io::Result<usize> {
    let text = notes.join("\n");
    fs::write(path, &text)?;
    let back = fs::read_to_string(path)?;
    Ok(back.lines().count())
}

fn main() {
    let notes = vec!["buy milk", "call Sam"];
    match save_and_count("notes.txt", &notes) {
        Ok(n) => println!("{} notes saved", n),
        Err(e) => println!("cannot save: {}", e),
    }
}
