// `count += i` assigns to a variable that is not `mut`; declare it `let mut count`.
fn main() {
    let count = 0;
    for i in 0..5 {
        count += i;
    }
    println!("sum of 0..5 is {}", count);
}
