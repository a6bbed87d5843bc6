fn reset<T: Default>(value: &mut T) {
    *value = T::default();
}

fn main() {
    let mut name = String::from("ann");
    let first = &name;
    reset(&mut name);
    println!("{}", first);
}
