use std::collections::HashSet;

fn tags(text: &str) -> HashSet<&str> {
    text.split_whitespace().filter(|w| w.starts_with('#')).collect()
}

fn main() {
    let a = tags("#rust #wasm #web");
    let b = tags("#web #rust #cli");
    let mut both: Vec<&&str> = a.intersection(&b).collect();
    both.sort();
    let either = a.union(&b).count();
    let only_a: Vec<&&str> = a.difference(&b).collect();
    println!("{:?} {} {:?}", both, either, only_a);
}
