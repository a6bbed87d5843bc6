struct Name(String);
fn main() {
    let n = Name(String::from("x"));
    let Name(inner) = n;
    println!("{} {}", inner, n.0);
}
