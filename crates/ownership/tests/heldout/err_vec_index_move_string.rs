fn main() {
    let guests = vec![
        String::from("Ann"),
        String::from("Bill"),
        String::from("Cora"),
    ];
    let host = guests[0];
    let rest = &guests[1..];
    println!("host: {}", host);
    for g in rest {
        println!("guest: {}", g);
    }
    let longest = guests.iter().map(|g| g.len()).max().unwrap_or(0);
    println!("{} people total, longest name {} letters", guests.len(), longest);
}
