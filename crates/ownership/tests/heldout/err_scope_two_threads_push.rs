use std::thread;

fn main() {
    let mut evens = Vec::new();
    let numbers = [3, 8, 12, 7, 6, 1];

    thread::scope(|s| {
        s.spawn(|| {
            for n in &numbers[..3] {
                if n % 2 == 0 {
                    evens.push(*n);
                }
            }
        });
        s.spawn(|| {
            for n in &numbers[3..] {
                if n % 2 == 0 {
                    evens.push(*n);
                }
            }
        });
    });
    println!("evens: {:?}", evens);
}
