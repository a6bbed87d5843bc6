// Function parameters are immutable unless written `mut limit: u32`; shadow it with `let` or mark it mut.
fn clamp_speed(speed: u32, limit: u32) -> u32 {
    limit = limit + 5;
    let allowed = limit;
    println!("allowed up to {}", allowed);
    speed
}

fn main() {
    println!("{}", clamp_speed(70, 60));
}
