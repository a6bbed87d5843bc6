// Lesson: `continue` skips to the next round of the loop; `for` over a range needs no borrows.
fn main() {
    let mut evens: Vec<u64> = Vec::new();
    for n in 0..10 {
        if n % 2 == 1 {
            continue;
        }
        evens.push(n);
    }
    assert_eq!(evens.len(), 5);
    println!("first even: {}, last even: {}", evens[0], evens[4]);
}
