fn is_yes(answer: &str) -> bool {
    answer == "yes" || answer == "y"
}

fn main() {
    let answers = vec!["  YES ", "no", " Maybe  ", "Y"];
    let mut yes_count = 0;
    for raw in &answers {
        let answer = raw.to_lowercase().trim();
        if is_yes(answer) {
            yes_count += 1;
        }
        println!("answer: {:?}", answer);
    }
    println!("{} of {} said yes", yes_count, answers.len());
}
