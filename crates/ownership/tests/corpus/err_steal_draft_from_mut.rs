// Mistake: `*slot` tries to move the String out of a `&mut` reference, leaving it empty.
// Fix: return `slot.clone()`, or take the String by value instead of by reference.
fn take_draft(slot: &mut String) -> String {
    *slot
}

fn main() {
    let mut draft = String::from("Dear team,");
    let sent = take_draft(&mut draft);
    println!("sent: {}", sent);
    println!("draft: {}", draft);
}
