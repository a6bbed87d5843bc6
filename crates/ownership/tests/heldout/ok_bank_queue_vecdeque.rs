use std::collections::VecDeque;

#[derive(Debug)]
struct Customer {
    name: String,
    minutes: u32,
}

fn main() {
    let mut queue: VecDeque<Customer> = VecDeque::new();
    for (name, minutes) in [("Ali", 4), ("Bea", 2), ("Cal", 7), ("Dot", 1)] {
        queue.push_back(Customer { name: name.to_string(), minutes });
    }
    // a VIP goes to the front
    queue.push_front(Customer { name: String::from("Vip"), minutes: 3 });

    let mut clock = 0;
    while let Some(c) = queue.pop_front() {
        clock += c.minutes;
        println!("t={:>2} served {}", clock, c.name);
        if c.minutes > 5 && !queue.is_empty() {
            println!("   (long visit, {} still waiting)", queue.len());
        }
        if let Some(next) = queue.front() {
            println!("   next up: {}", next.name);
        }
    }
    println!("all served after {} minutes", clock);
}
