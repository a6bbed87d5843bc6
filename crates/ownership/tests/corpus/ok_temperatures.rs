// Copy values: floats, casts and arithmetic never move anything.
fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn main() {
    let readings = vec![21.5, 19.0, 23.25];
    let first = readings[0];
    let count = readings.len() as f64;
    let average = (readings[0] + readings[1] + readings[2]) / count;
    let hot = to_fahrenheit(average) > 70.0;
    assert!(first < 30.0);
    println!("{average:.1} {hot} {}", to_fahrenheit(first));
}
