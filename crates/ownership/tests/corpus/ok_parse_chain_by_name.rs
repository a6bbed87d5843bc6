fn parse_age(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

fn check_adult(age: u32) -> Option<u32> {
    if age >= 18 {
        Some(age)
    } else {
        None
    }
}

fn main() {
    let inputs = vec![" 42", "x", "12"];
    for input in &inputs {
        let adult = parse_age(input).and_then(check_adult);
        println!("{:?} -> {:?}", input, adult);
    }
    let wrapped: Vec<Option<i32>> = vec![1, 2].into_iter().map(Some).collect();
    println!("{:?}", wrapped);
}
