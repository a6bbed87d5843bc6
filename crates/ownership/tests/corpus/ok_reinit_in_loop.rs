// A buffer moved into a Vec is reinitialised at the start of each loop pass.
fn main() {
    let mut lines: Vec<String> = Vec::new();
    let mut buffer;
    for i in 0..3 {
        buffer = String::from("line ");
        buffer.push_str(&i.to_string());
        lines.push(buffer);
    }
    println!("{:?}", lines);
}
