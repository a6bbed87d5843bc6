fn main() {
    let mut word = String::from("Hello World");
    let upper = word.split(' ').filter(|w| w.starts_with(char::is_uppercase));
    word.push('!');
    println!("{}", upper.count());
}
