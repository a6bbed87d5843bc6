fn main() {
    let text = String::from("one\ntwo words\nthree");
    let mut longest = "";
    for l in text.lines() {
        if l.len() > longest.len() {
            longest = l;
        }
    }
    let vowels = text.chars().filter(|c| "aeiou".contains(*c)).count();
    let first: Vec<char> = longest.chars().take(3).collect();
    println!("{longest} {vowels} {:?} {}", first, text.as_bytes().len());
}
