// Building a new Vec from borrowed data returns fresh ownership to the caller.
fn passing(grades: &Vec<u32>, cutoff: u32) -> Vec<bool> {
    let mut flags = Vec::new();
    for g in grades.iter() {
        flags.push(*g >= cutoff);
    }
    flags
}

fn main() {
    let grades = vec![55, 72, 91, 40];
    let flags = passing(&grades, 60);
    println!("grades {:?} -> passed {:?}", grades, flags);
}
