// Mistake: `*name` tries to move the String out from behind a shared reference.
// Fix: return `name.clone()`, or take the String by value.
fn take_name(name: &String) -> String {
    *name
}

fn main() {
    let guest = String::from("Ada");
    let copy = take_name(&guest);
    println!("{} {}", guest, copy);
}
