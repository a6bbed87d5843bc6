// Methods returning borrowed data hold a borrow only while used.
fn main() {
    let mut line = String::from("  rust is fun  ");
    let trimmed = line.trim();
    let has_rust = trimmed.contains("rust");
    println!("[{trimmed}] {has_rust}");
    line.clear();
    line.push_str("done");
    let upper = line.to_uppercase();
    println!("{line} {upper} {}", upper.starts_with('D'));
}
