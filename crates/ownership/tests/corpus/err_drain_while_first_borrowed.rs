fn main() {
    let mut log = String::from("INFO start");
    let level = &log[..4];
    let gone: String = log.drain(..5).collect();
    println!("{} {}", level, gone);
}
