fn main() {
    let fallback = String::from("none");
    let maybe: Option<String> = None;
    let value = maybe.unwrap_or_else(|| fallback);
    println!("{value} {fallback}");
}
