fn squares_of_evens(limit: u32) -> u32 {
    (0..limit).filter(|x| x % 2 == 0).map(|x| x * x).sum()
}

fn main() {
    let mut total = 0;
    (1..=4).for_each(|n| total += n * n);
    let ids: Vec<u64> = (1..=5).collect();
    let alphabet: String = ('a'..='f').collect();
    let countdown: Vec<i32> = (0..10).rev().step_by(3).collect();
    let chunk_sums: Vec<u64> = ids.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{} {} {:?} {} {:?} {:?}", squares_of_evens(10), total, ids, alphabet, countdown, chunk_sums);
}
