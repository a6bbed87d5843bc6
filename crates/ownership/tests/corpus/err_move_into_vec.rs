// Pushing a String into a vector moves it.
fn main() {
    let mut names = Vec::new();
    let name = String::from("Ferris");
    names.push(name);
    println!("{} has {} letters", names[0], name.len());
}
