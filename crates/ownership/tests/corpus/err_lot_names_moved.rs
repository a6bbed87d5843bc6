use std::collections::HashMap;

struct Register {
    names: HashMap<u32, Vec<String>>,
}

fn build() -> Register {
    let mut names = HashMap::new();
    names.insert(1, Vec::new());
    let reg = Register { names };
    println!("{}", names.len());
    reg
}

fn main() {
    let r = build();
    println!("{}", r.names.len());
}
