fn main() {
    let pair = (String::from("left"), String::from("right"));
    let left = pair.0;
    println!("{left} {}", pair.1);
    println!("{:?}", pair);
}
