#[derive(Debug)]
enum Command {
    Add(i64),
    Say(String),
    Quit,
}

fn parse(line: &str) -> Option<Command> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["add", n] => n.parse().ok().map(Command::Add),
        ["say", rest @ ..] => Some(Command::Say(rest.join(" "))),
        ["quit"] | ["q"] => Some(Command::Quit),
        _ => None,
    }
}

fn main() {
    for line in ["add 5", "say hello there", "q", "dance"] {
        println!("{:?}", parse(line));
    }
}
