fn main() {
    let mut board = [1, 2, 3];
    let corner = &board[0];
    board[2] = 9;
    println!("{corner} {:?}", board);
}
