#[derive(Debug)]
struct Reading {
    sensor: String,
    value: f64,
}

fn main() {
    let mut readings = vec![
        Reading { sensor: "a".into(), value: 12.5 },
        Reading { sensor: "b".into(), value: -40.0 },
        Reading { sensor: "c".into(), value: 18.2 },
        Reading { sensor: "d".into(), value: 999.0 },
    ];
    let low = -30.0;
    let high = 100.0;
    let in_range = |r: &Reading| r.value > low && r.value < high;

    let mut dropped = Vec::new();
    readings.retain(|r| {
        let keep = in_range(r);
        if !keep {
            dropped.push(r.sensor.clone());
        }
        keep
    });
    println!("kept {:?}", readings);
    println!("dropped sensors {:?}", dropped);

    let scale = 1.8;
    let fahrenheit: Vec<f64> = readings.iter().map(|r| r.value * scale + 32.0).collect();
    println!("in F: {:?}", fahrenheit);
}
