fn first_space(s: &String) -> usize {
    for (i, &item) in s.as_bytes().iter().enumerate() {
        if item == b' ' {
            return i;
        }
    }
    s.len()
}

fn main() {
    let mut line = String::from("hello world");
    let bytes = line.as_bytes();
    let end = first_space(&line);
    line.clear();
    println!("first word ends at {} of {}", end, bytes.len());
}
