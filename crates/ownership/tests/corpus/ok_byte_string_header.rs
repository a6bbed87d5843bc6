fn has_magic(data: &[u8]) -> bool {
    data.len() >= 4 && &data[..4] == b"RUST"
}

fn main() {
    let file: Vec<u8> = b"RUST and more".to_vec();
    let other = vec![b'x', b'y'];
    println!("{} {}", has_magic(&file), has_magic(&other));
    println!("{} bytes", file.len());
}
