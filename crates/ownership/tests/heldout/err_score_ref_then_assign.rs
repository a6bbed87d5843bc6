fn print_board(scores: &[i32; 4]) {
    for (i, s) in scores.iter().enumerate() {
        println!("player {}: {}", i + 1, s);
    }
}

fn main() {
    let mut scores = [10, 40, 25, 5];
    print_board(&scores);
    let leader = &scores[1];
    // bonus round: the second player gets a penalty
    scores[1] = 0;
    println!("leader had {} points", leader);
    print_board(&scores);
}
