// Reading f64 values out of a borrowed Vec copies them, so no ownership moves.
fn warmest(temps: &Vec<f64>) -> f64 {
    let mut best = temps[0];
    for t in temps.iter() {
        if *t > best {
            best = *t;
        }
    }
    best
}

fn main() {
    let temps = vec![18.5, 22.0, 19.75];
    let hottest = warmest(&temps);
    println!("warmest of {:?} was {}", temps, hottest);
}
