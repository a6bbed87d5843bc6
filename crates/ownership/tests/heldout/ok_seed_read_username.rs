use std::fs::File;
use std::io::{self, Read};

fn read_username_from_file() -> Result<String, io::Error> {
    let mut file = File::open("username.txt")?;
    let mut username = String::new();
    file.read_to_string(&mut username)?;
    Ok(username)
}

fn read_username_or_guest() -> String {
    match read_username_from_file() {
        Ok(name) => name.trim().to_string(),
        Err(e) => {
            println!("could not read username: {}", e);
            String::from("guest")
        }
    }
}

fn main() {
    let user = read_username_or_guest();
    println!("Welcome, {}!", user);
    let shorter = read_username_from_file().map(|s| s.len()).unwrap_or(0);
    println!("file length {}", shorter);
}
