fn main() {
    let mut tasks = vec![1, 2, 3];
    let mut old = tasks.drain(1..);
    tasks.push(4);
    println!("{:?}", old.next());
}
