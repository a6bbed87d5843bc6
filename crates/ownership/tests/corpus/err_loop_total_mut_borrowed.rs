// Inside the loop `total` is read while `acc` still mutably borrows it; use `*acc` for the read as well.
fn main() {
    let mut total = 0;
    let acc = &mut total;
    for k in 1..4 {
        let next = total + k;
        *acc = next;
    }
    println!("total = {}", total);
}
