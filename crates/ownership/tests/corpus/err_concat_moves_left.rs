// `a + &b` moves `a` into the result.
fn main() {
    let a = String::from("tic");
    let b = String::from("tac");
    let c = a + &b;
    println!("{a} {b} {c}");
}
