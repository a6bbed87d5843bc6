use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let sum: i32 = data.iter().sum();
        sum
    });
    println!("{:?}", data);
    println!("{}", handle.join().unwrap());
}
