fn main() {
    let mut seats = [[false; 4]; 2];
    let a = &mut seats[0][1];
    let b = &mut seats[1][2];
    *a = true;
    *b = true;
    println!("{:?}", seats);
}
