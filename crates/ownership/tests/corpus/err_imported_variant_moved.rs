#[derive(Debug)]
enum Token {
    Word(String),
    Number(i64),
    End,
}

use Token::{End, Number, Word};

fn describe(t: Token) -> String {
    match t {
        Word(w) => w,
        Number(n) => n.to_string(),
        End => String::from("end"),
    }
}

fn main() {
    let first = Word(String::from("let"));
    let text = describe(first);
    println!("{} {:?} {:?}", text, first, Number(1));
    println!("{:?}", End);
}
