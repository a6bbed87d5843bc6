// Lesson: `&mut *r` reborrows a mutable reference for a call,
// so `r` is still usable afterwards instead of being moved away.
fn add_point(tally: &mut u32) {
    *tally += 1;
}

fn main() {
    let mut points: u32 = 0;
    let r = &mut points;
    add_point(&mut *r);
    add_point(&mut *r);
    *r += 10;
    println!("points: {}", points);
}
