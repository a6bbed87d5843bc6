fn average(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let total: f64 = values.iter().sum();
    Some(total / values.len() as f64)
}

fn main() {
    println!("{:?}", average(&[]));
    println!("{:?}", average(&[1.0, 2.0]));
    let none: [i32; 0] = [];
    println!("{}", none.len());
}
