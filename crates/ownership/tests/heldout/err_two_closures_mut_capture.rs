fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut info = |msg: &str| log.push(format!("[info] {}", msg));
    let mut warn = |msg: &str| log.push(format!("[warn] {}", msg));

    info("server started");
    warn("disk almost full");
    info("request handled");

    let warnings = log.iter().filter(|l| l.starts_with("[warn]")).count();
    for line in &log {
        println!("{}", line);
    }
    println!("{} warnings", warnings);
}
