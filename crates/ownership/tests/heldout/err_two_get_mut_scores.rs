use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<&str, i32> = HashMap::new();
    scores.insert("red", 10);
    scores.insert("blue", 7);

    // red team steals 3 points from blue
    let red = scores.get_mut("red").unwrap();
    let blue = scores.get_mut("blue").unwrap();
    *red += 3;
    *blue -= 3;

    for (team, pts) in &scores {
        println!("{}: {}", team, pts);
    }
}
