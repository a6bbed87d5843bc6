use std::thread;
fn main() {
    let mut totals = vec![0, 0];
    let words = vec![String::from("a"), String::from("bb")];
    thread::scope(|s| {
        s.spawn(|| {
            println!("{}", words.len());
        });
        let h = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        totals[0] = h.join().unwrap();
    });
    totals[1] = 5;
    println!("{:?} {:?}", totals, words);
}
