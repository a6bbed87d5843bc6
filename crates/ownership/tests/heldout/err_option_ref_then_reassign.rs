#[derive(Debug)]
struct Queue {
    next_ticket: Option<u32>,
    served: Vec<u32>,
}

fn main() {
    let mut queue = Queue { next_ticket: Some(101), served: Vec::new() };

    let ticket = queue.next_ticket.as_ref().unwrap();
    queue.next_ticket = Some(102);
    queue.served.push(*ticket);

    println!("{:?}", queue);
}
