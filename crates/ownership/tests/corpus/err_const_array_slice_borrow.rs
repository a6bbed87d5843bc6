const SLOTS: usize = 3;

fn main() {
    let mut slots: [String; SLOTS] = [String::new(), String::new(), String::new()];
    let first = &slots[0];
    slots[1] = String::from("taken");
    println!("{}", first);
}
