fn main() {
    let mut queue = vec![String::from("a"), String::from("b")];
    if let [head, ..] = queue.as_slice() {
        queue.push(String::from("c"));
        println!("{}", head);
    }
}
