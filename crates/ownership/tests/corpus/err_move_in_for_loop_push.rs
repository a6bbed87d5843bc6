// The String is moved into the Vec on the first iteration, so the second iteration has nothing left to move; push a clone.
fn main() {
    let item = String::from("apple");
    let mut basket: Vec<String> = Vec::new();
    for _ in 0..3 {
        basket.push(item);
    }
    println!("basket holds {} items", basket.len());
}
