// Non-lexical lifetimes: the borrow `r` ends at its last use,
// so mutating `s` afterwards is fine.
fn main() {
    let mut s = String::from("hello");
    let r = &s;
    println!("{r}");
    s.push('!');
    s.push_str(" world");
    println!("{s}");
}
