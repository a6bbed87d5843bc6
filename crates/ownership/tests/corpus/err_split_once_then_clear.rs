fn main() {
    let mut line = String::from("name=Ferris");
    let pair = line.split_once('=');
    line.clear();
    println!("{:?}", pair);
}
