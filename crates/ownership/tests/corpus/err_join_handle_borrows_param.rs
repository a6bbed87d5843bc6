use std::thread;

fn spawn_greeter(name: String) -> thread::JoinHandle<()> {
    thread::spawn(|| {
        println!("hello, {}", name);
    })
}

fn main() {
    let h = spawn_greeter(String::from("ferris"));
    h.join().unwrap();
}
