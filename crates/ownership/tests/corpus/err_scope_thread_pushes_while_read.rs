use std::thread;
fn main() {
    let mut log = Vec::new();
    thread::scope(|s| {
        s.spawn(|| {
            log.push(1);
        });
        println!("{}", log.len());
    });
    println!("{:?}", log);
}
