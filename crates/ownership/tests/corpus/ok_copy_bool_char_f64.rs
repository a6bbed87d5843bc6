// bool, char and f64 are Copy, so assigning them duplicates rather than moves.
fn describe(flag: bool, grade: char, temp: f64) -> String {
    format!("{} {} {}", flag, grade, temp)
}

fn main() {
    let done = true;
    let grade = 'A';
    let temp = 36.6;
    let text = describe(done, grade, temp);
    println!("{} / still have {} {} {}", text, done, grade, temp);
}
