// A borrow created inside a block is gone when the block ends, freeing the owner.
fn main() {
    let mut notes = String::from("buy milk");
    {
        let view = &notes;
        println!("inside block: {}", view);
    }
    notes.push_str(", call mom");
    println!("after block: {}", notes);
}
