fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    let corner = &grid[0][0];
    grid[2][2] = 9;
    println!("{}", corner);
}
