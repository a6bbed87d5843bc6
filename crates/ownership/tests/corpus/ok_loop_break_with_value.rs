// A loop can build an owned String and hand it out with break.
fn main() {
    let mut count = 0;
    let mut line = String::new();
    let result = loop {
        line.push_str("ab");
        count += 1;
        if count == 3 {
            break line;
        }
    };
    println!("built '{}' in {} steps", result, count);
}
