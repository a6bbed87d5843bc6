// `drop(names)` moves the Vec while `first_view` still borrows it; drop only after the last use of the borrow.
fn main() {
    let names = vec![String::from("Ann"), String::from("Ben")];
    let first_view = &names;
    drop(names);
    println!("there were {} names", first_view.len());
    println!("done");
}
