fn main() {
    let mut names = vec![String::from("Ada")];
    let first = names.first();
    names.push(String::from("Bo"));
    if let Some(n) = first {
        println!("{n}");
    }
}
