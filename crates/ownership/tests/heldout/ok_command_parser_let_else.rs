#[derive(Debug)]
enum Command {
    Add(i64),
    Sub(i64),
    Reset,
    Print,
}

fn parse(line: &str) -> Option<Command> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts.as_slice() {
        ["add", n] => n.parse().ok().map(Command::Add),
        ["sub", n] => n.parse().ok().map(Command::Sub),
        ["reset"] => Some(Command::Reset),
        ["print"] | ["p"] => Some(Command::Print),
        _ => None,
    }
}

fn main() {
    let script = "add 10\nsub 3\nprint\nfly away\nadd x\nreset\nadd 7\np";
    let mut total = 0;
    for line in script.lines() {
        let Some(cmd) = parse(line) else {
            println!("skipping bad line: {:?}", line);
            continue;
        };
        match cmd {
            Command::Add(n) => total += n,
            Command::Sub(n) => total -= n,
            Command::Reset => total = 0,
            Command::Print => println!("total = {}", total),
        }
    }
}
