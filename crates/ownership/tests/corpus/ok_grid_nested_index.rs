fn count_alive(grid: &Vec<Vec<bool>>) -> usize {
    let mut alive = 0;
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            if grid[r][c] {
                alive += 1;
            }
        }
    }
    alive
}

fn main() {
    let mut board = [[0u8; 3]; 3];
    board[1][2] = 5;
    board[0][0] += 1;
    let mut life = vec![vec![false; 4]; 2];
    life[1][3] = true;
    let names = vec![vec![String::from("ann")], vec![String::from("bo")]];
    let first = &names[0][0];
    let copy = names[1][0].clone();
    println!("{:?} {} {} {}", board, count_alive(&life), first, copy);
}
