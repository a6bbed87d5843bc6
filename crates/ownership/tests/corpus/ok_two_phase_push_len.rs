// Two-phase borrows allow v.push(v.len()): the length is read before the push mutates.
fn main() {
    let mut positions: Vec<usize> = Vec::new();
    positions.push(positions.len());
    positions.push(positions.len());
    positions.push(positions.len());
    println!("{:?}", positions);
}
