fn main() {
    let names = [String::from("Ada"), String::from("Bo")];
    for n in names {
        println!("{n}");
    }
    println!("{}", names.len());
}
