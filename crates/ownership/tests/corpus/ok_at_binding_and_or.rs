fn classify(n: i32) -> String {
    match n {
        small @ 0..=9 => format!("digit {small}"),
        10 | 20 | 30 => String::from("round"),
        x if x < 0 => String::from("negative"),
        _ => String::from("big"),
    }
}

fn main() {
    for n in vec![3, 20, -4, 99] {
        println!("{}", classify(n));
    }
}
