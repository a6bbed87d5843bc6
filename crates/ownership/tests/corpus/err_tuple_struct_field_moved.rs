struct Name(String, u32);
struct Unit;
impl Unit { fn hello(&self) -> &str { "hi" } }
fn main() {
    let n = Name(String::from("x"), 3);
    let s = n.0;
    println!("{}", n.1);
    let u = Unit;
    println!("{}", u.hello());
    match n {
        Name(_, age) => println!("{}", age),
    }
    println!("{}", n.0.len());
    println!("{}", s);
}
