// Lesson: a Box owns its value on the heap; `*level` reads and writes through it.
fn main() {
    let mut level: Box<u32> = Box::new(1);
    for _ in 0..3 {
        *level += 1;
    }
    let copy: u32 = *level;
    println!("level {} (copied {})", level, copy);
}
