fn main() {
    let rows = vec![vec![String::from("a"), String::from("b")]];
    let cell = rows[0][1];
    println!("{} {}", cell, rows.len());
}
