fn main() {
    let path = std::env::args().nth(1).unwrap();
    let a = ownership::analyze(&std::fs::read_to_string(path).unwrap());
    let last = a.steps.iter().rev().nth(1).unwrap();
    for v in &last.vars { println!("{:?}", v); }
}
