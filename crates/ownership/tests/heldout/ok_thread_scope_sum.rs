use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=1000).collect();
    let mut results = [0u64; 4];
    let chunk_size = numbers.len() / results.len();

    thread::scope(|s| {
        for (chunk, slot) in numbers.chunks(chunk_size).zip(results.iter_mut()) {
            s.spawn(move || {
                *slot = chunk.iter().sum();
            });
        }
    });

    println!("partial sums {:?}", results);
    let total: u64 = results.iter().sum();
    println!("total {} (expected {})", total, numbers.len() as u64 * 1001 / 2);

    let mut log = Vec::new();
    thread::scope(|s| {
        s.spawn(|| {
            log.push(format!("max is {:?}", numbers.iter().max()));
        });
    });
    println!("{:?} / still have {} numbers", log, numbers.len());
}
