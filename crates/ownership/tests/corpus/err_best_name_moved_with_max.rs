fn main() {
    let names = vec![String::from("ada"), String::from("grace")];
    let mut best_len = usize::MIN;
    let mut best = String::new();
    for name in names {
        if name.len() > best_len {
            best_len = name.len();
            best = name;
        }
    }
    println!("{} ({} letters) of {}", best, best_len, names.len());
}
