// Each spawned thread receives its own Vec by move; results come back through join.
use std::thread;

fn sum(v: &Vec<i32>) -> i32 {
    let mut s = 0;
    for x in v.iter() {
        s += *x;
    }
    s
}

fn main() {
    let left = vec![10, 20];
    let right = vec![30, 40];
    let h1 = thread::spawn(move || sum(&left));
    let h2 = thread::spawn(move || sum(&right));
    let total = h1.join().unwrap() + h2.join().unwrap();
    println!("grand total {}", total);
}
