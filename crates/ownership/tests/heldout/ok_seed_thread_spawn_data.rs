use std::thread;

fn main() {
    let data = vec![1, 2, 3];

    let handle = thread::spawn(move || {
        println!("Data: {:?}", data);
        data.iter().sum::<i32>()
    });

    let sum = handle.join().unwrap();
    println!("sum computed in thread: {}", sum);

    let more = vec![4, 5, 6];
    let copy = more.clone();
    let handle = thread::spawn(move || {
        println!("Data: {:?}", copy);
    });
    handle.join().unwrap();
    println!("main still owns {:?}", more);
}
