fn parse_scores(text: &str) -> Result<Vec<u32>, std::num::ParseIntError> {
    let mut scores = Vec::new();
    for part in text.split(',') {
        scores.push(part.trim().parse::<u32>()?);
    }
    Ok(scores)
}

fn main() {
    let good = parse_scores("3, 14, 15");
    let bad = parse_scores("3, x");
    let ratio = "0.75".parse::<f64>().unwrap_or(0.0);
    let flag: bool = "true".parse().unwrap_or(false);
    println!("{:?} {} {} {}", good, bad.is_err(), ratio, flag);
}
