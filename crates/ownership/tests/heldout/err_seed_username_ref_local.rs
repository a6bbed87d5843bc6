use std::fs::File;
use std::io::{self, Read};

fn read_username_from_file(path: &str) -> Result<&str, io::Error> {
    let mut file = File::open(path)?;
    let mut username = String::new();
    file.read_to_string(&mut username)?;
    Ok(username.trim())
}

fn main() {
    match read_username_from_file("username.txt") {
        Ok(name) => println!("hello {}", name),
        Err(e) => println!("failed: {}", e),
    }
}
