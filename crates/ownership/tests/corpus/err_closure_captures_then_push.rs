fn main() {
    let mut tags = vec![String::from("rust")];
    let limit = 3;
    let long: Vec<&String> = tags.iter().filter(|t| t.len() > limit).collect();
    tags.push(String::from("wasm"));
    println!("{:?}", long);
}
