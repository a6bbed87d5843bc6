fn main() {
    let names = [String::from("ann"), String::from("bo")];
    let [first, second] = names;
    println!("{} {}", first, second);
    println!("{}", names.len());
}
