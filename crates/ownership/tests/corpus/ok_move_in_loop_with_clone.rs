// Moving a String inside a loop requires a clone each time, so the original survives.
fn shout(s: String) -> String {
    format!("{}!", s)
}

fn main() {
    let word = String::from("hey");
    for _ in 0..3 {
        let loud = shout(word.clone());
        println!("{}", loud);
    }
    println!("original still here: {}", word);
}
