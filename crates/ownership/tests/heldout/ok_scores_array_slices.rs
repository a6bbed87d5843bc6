const ROUNDS: usize = 6;

fn average(slice: &[u32]) -> f64 {
    if slice.is_empty() {
        return 0.0;
    }
    slice.iter().sum::<u32>() as f64 / slice.len() as f64
}

fn best_window(scores: &[u32], size: usize) -> (usize, u32) {
    let mut best = (0, 0);
    for start in 0..=scores.len() - size {
        let total: u32 = scores[start..start + size].iter().sum();
        if total > best.1 {
            best = (start, total);
        }
    }
    best
}

fn main() {
    let mut scores: [u32; ROUNDS] = [12, 7, 19, 3, 15, 11];
    println!("all rounds avg {:.2}", average(&scores));
    println!("first half avg {:.2}", average(&scores[..3]));
    println!("second half avg {:.2}", average(&scores[3..]));
    println!("middle {:?}", &scores[1..5]);

    let (start, total) = best_window(&scores, 2);
    println!("best pair starts at round {} with {}", start + 1, total);

    scores[3] += 10;
    scores.sort();
    println!("sorted {:?}, min {:?}, max {:?}", scores, scores.first(), scores.last());
    let [lowest, .., highest] = scores;
    println!("spread {}", highest - lowest);
}
