#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

fn winner(a: Hand, b: Hand) -> Option<Hand> {
    match (a, b) {
        (Hand::Rock, Hand::Scissors) | (Hand::Scissors, Hand::Paper) | (Hand::Paper, Hand::Rock) => Some(a),
        (x, y) if x == y => None,
        _ => Some(b),
    }
}

fn main() {
    println!("{:?}", winner(Hand::Rock, Hand::Paper));
    println!("{:?}", winner(Hand::Rock, Hand::Rock));
}
