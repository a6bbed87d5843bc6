// The result borrows `draft` (same lifetime `'a`), so pushing to `draft`
// while `summary` is still used is a mutable borrow during a shared one: E0502.
fn pick<'a>(draft: &'a String, _note: &String) -> &'a String {
    draft
}

fn main() {
    let mut draft = String::from("intro");
    let note = String::from("remember the outro");
    let summary = pick(&draft, &note);
    draft.push_str(" and more");
    println!("{summary}");
}
