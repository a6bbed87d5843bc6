// A while loop can repeatedly update a counter through a mutable reference.
fn tick(counter: &mut u32) {
    *counter -= 1;
}

fn main() {
    let mut remaining: u32 = 5;
    while remaining > 0 {
        println!("{} left", remaining);
        tick(&mut remaining);
    }
    println!("liftoff with counter at {}", remaining);
}
