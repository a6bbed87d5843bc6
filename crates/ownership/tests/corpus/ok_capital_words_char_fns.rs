fn main() {
    let text = "Rust is Fast and Safe";
    let capitals = text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
    let trimmed = "  42abc".trim_start_matches(char::is_whitespace);
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    println!("{} {:?} {}", capitals, trimmed, digits);
}
