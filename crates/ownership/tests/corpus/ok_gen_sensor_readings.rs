// Works for any Copy type that can be compared, returning values not references.
fn min_max<T: PartialOrd + Copy>(readings: &[T]) -> (T, T) {
    let mut low = readings[0];
    let mut high = readings[0];
    for &r in readings {
        if r < low {
            low = r;
        }
        if r > high {
            high = r;
        }
    }
    (low, high)
}

fn count_above<T>(readings: &[T], threshold: T) -> usize
where
    T: PartialOrd + Copy,
{
    readings.iter().filter(|&&r| r > threshold).count()
}

fn main() {
    let temperatures = [18.5, 21.0, 19.75, 23.25, 17.0];
    let (low, high) = min_max(&temperatures);
    println!("Temperature range: {} to {}", low, high);
    println!("Readings above 20: {}", count_above(&temperatures, 20.0));

    let humidity: Vec<u8> = vec![40, 55, 61, 38];
    let (h_low, h_high) = min_max(&humidity);
    println!("Humidity range: {}% to {}%", h_low, h_high);
    println!("Readings above 50: {}", count_above(&humidity, 50));
    println!("Still have {} humidity readings", humidity.len());
}
