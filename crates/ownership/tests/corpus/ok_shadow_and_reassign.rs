// A moved-from `mut` variable can be given a new value; shadowing makes a new variable.
fn main() {
    let mut note = String::from("draft");
    let archived = note;
    note = String::from("final");
    println!("{archived} -> {note}");
    let note = note.len();
    let note = note * 2;
    println!("{note}");
}
