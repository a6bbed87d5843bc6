fn longest(names: &[String]) -> &String {
    let mut best = &names[0];
    for n in names {
        if n.len() > best.len() {
            best = n;
        }
    }
    best
}

fn main() {
    let names = [String::from("Ada"), String::from("Grace"), String::from("Bo")];
    let best = longest(&names);
    println!("{best} of {}", names.len());
    let copy = names.clone();
    println!("{:?}", copy);
}
