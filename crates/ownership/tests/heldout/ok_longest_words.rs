fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() {
        x
    } else {
        y
    }
}

fn longest_in<'a>(words: &[&'a str]) -> &'a str {
    let mut best = "";
    for w in words {
        best = longest(best, w);
    }
    best
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        let inner = longest(string1.as_str(), string2.as_str());
        println!("inner longest: {}", inner);
        result = longest(string1.as_str(), "short");
    }
    println!("The longest string is {}", result);

    let sentence = String::from("the quick brown fox jumped over lazy dogs");
    let words: Vec<&str> = sentence.split(' ').collect();
    println!("longest word: {}", longest_in(&words));
}
