// A variable used after its block ended is simply not in scope (E0425);
// the other function still gets its borrow errors.
fn other() {
    let s = String::from("a");
    let t = s;
    println!("{s} {t}");
}

fn main() {
    {
        let inner = 5;
        println!("{inner}");
    }
    println!("{inner}");
    other();
}
