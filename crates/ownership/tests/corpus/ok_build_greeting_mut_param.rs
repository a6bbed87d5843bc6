// Lesson: pass `&mut String` to let a helper append text without taking ownership.
fn append_name(buffer: &mut String, name: &str) {
    buffer.push_str(", ");
    buffer.push_str(name);
}

fn main() {
    let mut greeting = String::from("Hello");
    append_name(&mut greeting, "Ferris");
    append_name(&mut greeting, "Corro");
    println!("{}!", greeting);
}
