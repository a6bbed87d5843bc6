fn main() {
    let names: Vec<&str>;
    {
        let stock = vec![String::from("apple"), String::from("pear")];
        names = stock.iter().map(|n| n.as_str()).collect();
    }
    println!("{:?}", names);
}
