use std::fs::File;
use std::io::{self, Read};

fn read_into(buffer: &mut String) -> io::Result<usize> {
    let mut file = File::open("username.txt")?;
    file.read_to_string(buffer)
}

fn main() {
    let mut username = String::new();
    let before = &username;
    match read_into(&mut username) {
        Ok(n) => println!("read {} bytes after {:?}", n, before),
        Err(e) => println!("{}", e),
    }
}
