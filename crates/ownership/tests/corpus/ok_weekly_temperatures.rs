fn average(days: &[f64]) -> f64 {
    let mut sum = 0.0;
    for d in days {
        sum += d;
    }
    sum / days.len() as f64
}

fn main() {
    let mut week = [12.0, 14.5, 13.0, 9.5, 11.0, 15.0, 16.5];
    week[3] = 10.0;
    let first = week[0];
    println!("{first} {:.1} {}", average(&week), week.len());
    let weekend = &week[5..];
    println!("{:?}", weekend);
    let zeros = [0u8; 4];
    for z in zeros {
        print!("{z}");
    }
    println!();
}
