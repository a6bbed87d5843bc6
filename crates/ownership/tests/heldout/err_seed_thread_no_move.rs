use std::thread;

fn main() {
    let data = vec![1, 2, 3];

    let handle = thread::spawn(|| {
        println!("Data: {:?}", data);
    });

    handle.join().unwrap();

    // after the thread is done we can look at the data again
    let total: i32 = data.iter().sum();
    println!("total {}", total);
}
