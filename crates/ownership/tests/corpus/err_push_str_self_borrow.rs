// The argument borrow is used by the call that needs `&mut s`.
fn main() {
    let mut s = String::from("echo");
    let r = &s;
    s.push_str(r);
}
