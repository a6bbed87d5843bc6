// `name.clone()` is a temporary that is freed right after this line, so borrowing `as_str()` from it fails; keep the clone in a variable.
fn main() {
    let name = String::from("Lena");
    let short: &str = name.clone().as_str();
    println!("original {}", name);
    println!("copy {}", short);
    println!("done");
}
