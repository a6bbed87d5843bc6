// An early `return` leaves the function; the borrow taken before it does
// not reach the code after the `if`.
fn first_or_default(words: &Vec<String>, fallback: &String) -> usize {
    if words.len() == 0 {
        return fallback.len();
    }
    let mut total = 0;
    for w in words {
        total += w.len();
    }
    total
}

fn main() {
    let words = vec![String::from("one"), String::from("three")];
    let fallback = String::from("none");
    println!("{}", first_or_default(&words, &fallback));
}
