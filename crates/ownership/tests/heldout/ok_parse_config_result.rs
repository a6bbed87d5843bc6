use std::collections::HashMap;

fn parse_line(line: &str) -> Result<(String, u32), String> {
    let (key, value) = line.split_once('=').ok_or(format!("missing '=' in {:?}", line))?;
    let number = value.trim().parse::<u32>().map_err(|e| format!("bad number {:?}: {}", value, e))?;
    Ok((key.trim().to_string(), number))
}

fn parse_all(text: &str) -> Result<HashMap<String, u32>, String> {
    let mut settings = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = parse_line(line)?;
        settings.insert(k, v);
    }
    Ok(settings)
}

fn main() {
    let good = "width = 80\nheight=24\n\ntabs = 4";
    let bad = "width = 80\nheight: 24";

    match parse_all(good) {
        Ok(map) => {
            let w = map.get("width").copied().unwrap_or(0);
            println!("width {} with {} settings", w, map.len());
        }
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = parse_all(bad) {
        println!("error: {}", e);
    }
    let depth = parse_line("depth = lots").ok();
    println!("depth parsed? {}", depth.is_some());
}
