// `s` is dropped at the end of the inner block but `r` is used after it; declare `s` in the outer scope.
fn main() {
    let r;
    {
        let s = String::from("short-lived");
        r = &s;
    }
    println!("r = {}", r);
}
