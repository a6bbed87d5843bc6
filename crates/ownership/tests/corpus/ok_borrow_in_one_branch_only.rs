// A borrow taken in one branch ends inside it, so the other branch may
// change the value freely.
fn main() {
    let mut name = String::from("ferris");
    let shout = name.len() > 3;
    if shout {
        let view = &name;
        println!("{view}!");
    } else {
        name.push_str(" the crab");
    }
    name.push('!');
    println!("{name}");
}
