fn main() {
    let mut seats = vec![10, 20, 30];
    let first = &seats[0];
    let rows: Vec<i32> = (0..3).map(|r| r * *first).collect();
    seats.push(40);
    println!("{:?} {}", rows, first);
}
