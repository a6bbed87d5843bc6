struct Profile {
    nickname: Option<String>,
    age: Option<u32>,
}

fn parse_age(text: &str) -> Result<u32, String> {
    if text.is_empty() {
        Err(String::from("empty"))
    } else {
        Ok(text.len() as u32)
    }
}

fn main() {
    let p = Profile { nickname: Some(String::from("ace")), age: None };
    let shown = p.nickname.as_ref().map(|n| n.to_uppercase()).unwrap_or_else(|| String::from("anon"));
    let age = p.age.unwrap_or_default();
    let adult = p.age.is_some_and(|a| a >= 18);
    let name_len = p.nickname.as_deref().map_or(0, |n| n.len());
    let parsed = parse_age("abc").map(|n| n * 2).map_err(|e| e.len());
    let doubled = parse_age("").unwrap_or_else(|e| e.len() as u32);
    println!("{shown} {age} {adult} {name_len} {:?} {doubled}", parsed);
    let nick = p.nickname.filter(|n| n.len() > 2);
    println!("{:?}", nick);
}
