#[derive(Debug)]
struct Line<'a> {
    number: usize,
    text: &'a str,
}

fn main() {
    let raw_lines = vec!["first LINE", "Second line", "THIRD"];
    let mut cleaned: Vec<Line> = Vec::new();

    for (i, raw) in raw_lines.iter().enumerate() {
        let lower = raw.to_lowercase();
        cleaned.push(Line { number: i + 1, text: &lower });
    }

    for line in &cleaned {
        println!("{}: {}", line.number, line.text);
    }
}
