// `.iter()` yields `&String`, so `*name` cannot be moved into a new owned String; clone it.
fn main() {
    let names = vec![String::from("Fay"), String::from("Gus")];
    let mut upper: Vec<String> = Vec::new();
    for name in names.iter() {
        let owned: String = *name;
        upper.push(owned);
    }
    println!("{} names copied", upper.len());
}
