fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn boxed(n: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x * n) }
fn main() {
    let add = make_adder(2);
    let mul = boxed(3);
    println!("{} {}", add(1), mul(2));
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), boxed(2)];
    for op in &ops { println!("{}", op(5)); }
}
