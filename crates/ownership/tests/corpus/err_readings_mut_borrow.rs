// Mistake: taking `&mut readings` when `readings` itself is not `mut`.
// Fix: write `let mut readings = Vec::new();`.
fn record(log: &mut Vec<f64>, value: f64) {
    log.push(value);
}

fn main() {
    let readings: Vec<f64> = Vec::new();
    record(&mut readings, 21.5);
    println!("{} readings", readings.len());
}
