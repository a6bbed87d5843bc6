fn banner(title: &str, width: usize) -> String {
    let mut out = String::new();
    out.push_str(&"=".repeat(width));
    out.push('\n');
    let pad = (width.saturating_sub(title.len())) / 2;
    out.push_str(&" ".repeat(pad));
    out.push_str(&title.to_uppercase());
    out.push('\n');
    out.push_str(&"=".repeat(width));
    out
}

fn main() {
    let mut name = String::from("recipe");
    name.insert(0, '*');
    name.push('*');
    name.insert_str(1, "my ");
    println!("{}", banner(&name, 20));

    let mut log = String::with_capacity(64);
    for step in ["chop", "fry", "serve"] {
        if !log.is_empty() {
            log.push_str(" -> ");
        }
        log += step;
    }
    println!("{} ({} chars)", log, log.len());
    let shout = log.to_uppercase().replace("->", "THEN");
    log.clear();
    println!("{:?} / {:?} empty={}", shout, log, log.is_empty());
}
