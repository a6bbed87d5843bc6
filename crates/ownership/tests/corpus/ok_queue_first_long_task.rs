// Looping over a borrowed task queue with an early break leaves the queue untouched.
fn first_urgent(queue: &Vec<String>) -> usize {
    let mut position = 0;
    for task in queue.iter() {
        if task.len() > 10 {
            break;
        }
        position += 1;
    }
    position
}

fn main() {
    let queue = vec![String::from("email"), String::from("write the big report"), String::from("lunch")];
    let pos = first_urgent(&queue);
    println!("first long task at position {} of {}", pos, queue.len());
}
