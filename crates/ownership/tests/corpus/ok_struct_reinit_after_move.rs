// A struct variable moved into a function can be assigned a brand new struct afterwards.
struct Ticket {
    id: u32,
    note: String,
}

fn close(t: Ticket) -> u32 {
    t.id
}

fn main() {
    let mut current = Ticket { id: 1, note: String::from("printer jam") };
    let closed = close(current);
    current = Ticket { id: closed + 1, note: String::from("wifi down") };
    println!("closed {}, now working on #{}: {}", closed, current.id, current.note);
}
