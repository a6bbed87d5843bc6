use std::fmt::Debug;

#[derive(Debug, Clone)]
struct Account {
    owner: String,
    balance: i64,
}

// Give back a fresh copy to work on without touching the original.
fn working_copy<T: Clone + Debug>(original: &T) -> &T {
    let copy = original.clone();
    println!("Made a copy: {:?}", copy);
    &copy
}

fn main() {
    let acct = Account { owner: String::from("Frida"), balance: 300 };
    let draft = working_copy(&acct);
    println!("Draft owner: {}, balance: {}", draft.owner, draft.balance);
    println!("Original: {:?}", acct);
}
