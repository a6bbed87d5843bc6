// A function cannot hand out a reference to its own local: `label` is
// freed when the function returns (E0515). Return the String itself.
fn shout(name: &String) -> &String {
    let label = name.to_uppercase();
    &label
}

fn main() {
    let name = String::from("ferris");
    let loud = shout(&name);
    println!("{loud}");
}
