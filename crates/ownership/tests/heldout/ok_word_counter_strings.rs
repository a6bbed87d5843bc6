fn main() {
    let text = "The rain in Spain\nfalls mainly on the plain.\n\n  Rain, rain, go away!  ";
    let mut total_words = 0;
    let mut longest = "";
    let mut rain_lines = Vec::new();

    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        for word in line.split_whitespace() {
            let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
            total_words += 1;
            if clean.len() > longest.len() {
                longest = clean;
            }
        }
        if line.to_lowercase().contains("rain") {
            rain_lines.push(n + 1);
        }
    }

    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    let uppercase_starts = text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).count();
    println!("words: {}", total_words);
    println!("longest: {}", longest);
    println!("lines mentioning rain: {:?}", rain_lines);
    println!("vowels: {}, capitalised words: {}", vowels, uppercase_starts);
    println!("bytes: {}", text.bytes().len());
}
