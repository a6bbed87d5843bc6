// A Box owns its heap value; drop(x) frees a value early.
fn main() {
    let boxed = Box::new(41);
    let answer = *boxed + 1;
    let mut shared = Box::new(String::from("box"));
    shared.push_str("ed");
    let view = &shared;
    println!("{answer} {view}");
    drop(shared);
    let note = String::from("temporary");
    drop(note);
}
