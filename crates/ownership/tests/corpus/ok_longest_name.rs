// A returned reference borrows from the argument (lifetime elision);
// the vector can change once the reference is no longer used.
fn first_name(names: &Vec<String>) -> &String {
    &names[0]
}

fn main() {
    let mut names = vec![String::from("Grace"), String::from("Linus")];
    let first = first_name(&names);
    println!("first: {first}");
    names.push(String::from("Barbara"));
    println!("{} names", names.len());
}
