use std::sync::{Mutex, MutexGuard};

fn main() {
    let inventory = Mutex::new(vec![String::from("sword")]);
    {
        let mut items: MutexGuard<Vec<String>> = inventory.lock().unwrap();
        items.push(String::from("shield"));
        println!("{} items", items.len());
    }
    let items = inventory.lock().unwrap();
    println!("{:?}", *items);
}
