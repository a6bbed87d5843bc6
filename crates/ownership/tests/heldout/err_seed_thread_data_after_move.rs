use std::thread;

fn main() {
    let data = vec![1, 2, 3];

    let handle = thread::spawn(move || {
        println!("Data: {:?}", data);
    });

    // meanwhile, do some work on the main thread
    let doubled: Vec<i32> = data.iter().map(|x| x * 2).collect();
    println!("doubled: {:?}", doubled);

    handle.join().unwrap();
    println!("thread finished");
}
