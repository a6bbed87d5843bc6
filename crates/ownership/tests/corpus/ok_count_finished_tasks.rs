// Lesson: a function taking `&Vec<bool>` only borrows; the caller can keep using the Vec.
fn count_done(done: &Vec<bool>) -> usize {
    let mut n: usize = 0;
    for d in done.iter() {
        if *d {
            n += 1;
        }
    }
    n
}

fn main() {
    let mut done = vec![true, false, true];
    let before = count_done(&done);
    done.push(true);
    println!("{} done before, {} now", before, count_done(&done));
}
