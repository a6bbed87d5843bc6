fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or("")
}

fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).collect()
}

fn main() {
    let my_string = String::from("hello world");
    let word = first_word(&my_string[0..6]);
    println!("first: {}", word);
    let word = first_word(&my_string);
    println!("first: {}", word);

    let my_literal = "ada lovelace";
    println!("first {} last {}", first_word(my_literal), last_word(my_literal));
    println!("initials {}", initials(my_literal));

    let mut owned = String::from("grace hopper");
    let len = first_word(&owned).len();
    owned.truncate(len);
    println!("truncated to {:?}", owned);
}
