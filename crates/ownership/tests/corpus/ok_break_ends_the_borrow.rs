// The loop leaves with `break` right after reading, so the push after the
// loop does not overlap any borrow.
fn main() {
    let mut queue = vec![String::from("a"), String::from("b")];
    let mut seen = 0;
    loop {
        let head = &queue;
        seen += head.len();
        if seen > 1 {
            break;
        }
    }
    queue.push(String::from("c"));
    println!("{seen} {}", queue.len());
}
