use std::rc::Rc;

fn main() {
    let names = Rc::new(vec![String::from("Ada")]);
    names.push(String::from("Bo"));
    println!("{:?}", names);
}
