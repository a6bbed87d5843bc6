use std::collections::HashMap;

fn parse(text: &str) -> HashMap<&str, &str> {
    let mut settings = HashMap::new();
    for line in text.lines() {
        if let Some((key, value)) = line.split_once('=') {
            settings.insert(key.trim(), value.trim());
        }
    }
    settings
}

fn main() {
    let text = String::from("width = 80\nheight=24\n# comment");
    let settings = parse(&text);
    let comment_at = text.find('#');
    let last_eq = text.rfind("=");
    println!("{:?} {:?} {:?}", settings.get("width"), comment_at, last_eq);
}
