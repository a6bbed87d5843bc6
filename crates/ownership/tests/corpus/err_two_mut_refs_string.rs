// Two `&mut` borrows of the same String are alive at once; finish with the first before taking the second.
fn main() {
    let mut log = String::new();
    let first = &mut log;
    let second = &mut log;
    first.push_str("start;");
    second.push_str("stop;");
    println!("{}", log);
}
