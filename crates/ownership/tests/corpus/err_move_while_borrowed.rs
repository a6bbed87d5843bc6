// Moving a value out while a reference to it is still used: E0505.
fn main() {
    let s = String::from("borrowed");
    let r = &s;
    let t = s;
    println!("{r} {t}");
}
