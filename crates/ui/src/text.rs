//! Plain text into markup: what the views, the exports and the build's generated files share.

/// `s` with `&`, `<`, `>` and `"` escaped, safe in XML or HTML text and in a quoted attribute.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `s` in lines of at most `max` characters, broken between words (a longer word alone).
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_wraps() {
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(
            wrap("Energy, time and memory of 27 languages", 26),
            ["Energy, time and memory of", "27 languages"]
        );
        assert_eq!(
            wrap("supercalifragilistic is", 5),
            ["supercalifragilistic", "is"]
        );
    }
}
