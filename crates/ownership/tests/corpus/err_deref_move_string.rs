// `*r` names a String we only borrow, so it cannot be moved out; return `r.clone()` instead.
fn copy_name(r: &String) -> String {
    let s = *r;
    s
}

fn main() {
    let name = String::from("Dana");
    let copy = copy_name(&name);
    println!("{} and {}", name, copy);
}
