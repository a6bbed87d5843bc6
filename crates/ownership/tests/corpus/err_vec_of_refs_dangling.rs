// The vector outlives the string it borrows: E0597.
fn main() {
    let mut names: Vec<&String> = Vec::new();
    {
        let guest = String::from("guest");
        names.push(&guest);
    }
    println!("{}", names.len());
}
