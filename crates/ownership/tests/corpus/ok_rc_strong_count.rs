// One value, several owners: each `Rc::clone` adds a strong handle, each drop takes one
// away, and the value is freed with the last.
use std::rc::Rc;

fn main() {
    let song = Rc::new(String::from("Clair de lune"));
    println!("owners: {}", Rc::strong_count(&song));
    let morning = Rc::clone(&song);
    {
        let evening = Rc::clone(&song);
        println!("owners: {}", Rc::strong_count(&evening));
    }
    println!("owners: {}", Rc::strong_count(&song));
    drop(morning);
    println!("{song} has {} owner", Rc::strong_count(&song));
}
