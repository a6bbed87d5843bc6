// Helpers pass a `&mut` along; each call reborrows it for its duration.
fn add_points(total: &mut i32, points: i32) {
    *total += points;
}

fn add_bonus(total: &mut i32) {
    add_points(total, 10);
    add_points(total, 5);
}

fn main() {
    let mut total = 0;
    add_bonus(&mut total);
    add_points(&mut total, 1);
    let copy = total;
    println!("{copy} {total}");
}
