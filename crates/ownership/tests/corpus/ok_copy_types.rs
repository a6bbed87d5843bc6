// Integers, floats, booleans and chars are Copy: "moving" them copies.
fn square(n: i32) -> i32 {
    n * n
}

fn main() {
    let x = 7;
    let y = x;
    let big = square(x);
    let ratio = 2.5;
    let half = ratio / 2.0;
    let ok = true;
    let letter = 'r';
    println!("{x} {y} {big} {half} {ok} {letter}");
}
