struct Player {
    name: String,
    score: u32,
}

fn main() {
    let players = vec![
        Player { name: String::from("kim"), score: 40 },
        Player { name: String::from("lee"), score: 75 },
        Player { name: String::from("max"), score: 12 },
    ];
    let best = players.iter().max_by_key(|p| p.score);
    let worst = players.iter().min_by_key(|p| p.score);
    let third = players.iter().nth(2).map(|p| p.name.clone());
    let high: Vec<u32> = players
        .iter()
        .filter_map(|p| if p.score > 20 { Some(p.score) } else { None })
        .collect();
    let leading: Vec<&Player> = players.iter().take_while(|p| p.score > 30).collect();
    if let (Some(b), Some(w)) = (best, worst) {
        println!("{} {} {:?} {:?} {}", b.name, w.name, third, high, leading.len());
    }
}
