struct Named { name: String, age: u32 }
fn main() {
    let n = Named { name: String::from("x"), age: 3 };
    let s = n.name;
    match n {
        Named { name: _, age } => println!("{}", age),
    }
    let (a, b) = (String::from("p"), 1);
    let t = (a, b);
    let m = t.0;
    match t {
        (_, k) => println!("{}", k),
    }
    println!("{} {}", s, m);
}
