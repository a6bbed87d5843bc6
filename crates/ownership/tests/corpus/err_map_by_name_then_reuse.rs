fn label(name: String) -> String {
    format!("<{}>", name)
}

fn main() {
    let names = vec![String::from("ann"), String::from("bo")];
    let labels: Vec<String> = names.into_iter().map(label).collect();
    println!("{:?} from {:?}", labels, names);
}
