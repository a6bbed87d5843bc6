fn main() {
    let mut totals = (0, 0);
    let a = &mut totals;
    let b = &mut totals.1;
    a.0 += 1;
    *b += 1;
    println!("{:?}", totals);
}
