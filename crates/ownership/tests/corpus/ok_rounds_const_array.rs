const ROUNDS: usize = 4;

fn best(scores: &[u32; ROUNDS]) -> u32 {
    let mut top = 0;
    for &s in scores.iter() {
        if s > top {
            top = s;
        }
    }
    top
}

fn main() {
    let mut scores: [u32; ROUNDS] = [0; ROUNDS];
    scores[1] = 7;
    scores[3] = 9;
    let total: u32 = scores.iter().sum();
    println!("best {} of {} rounds, total {}", best(&scores), ROUNDS, total);
}
