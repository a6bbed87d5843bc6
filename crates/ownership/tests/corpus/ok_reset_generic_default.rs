fn reset<T: Default>(value: &mut T) {
    *value = T::default();
}

fn fresh<T: Default + Clone>(n: usize) -> Vec<T> {
    let mut items = Vec::new();
    for _ in 0..n {
        items.push(T::default());
    }
    items
}

fn main() {
    let mut score = 10u32;
    reset(&mut score);
    let mut name = String::from("ferris");
    reset(&mut name);
    let slots: Vec<String> = fresh(2);
    println!("{} {:?} {:?}", score, name, slots);
}
