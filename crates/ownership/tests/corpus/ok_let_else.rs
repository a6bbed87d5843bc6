enum Command {
    Go(u32),
    Stop,
}

fn steps(c: Command) -> u32 {
    let Command::Go(n) = c else {
        return 0;
    };
    n * 2
}

fn main() {
    println!("{} {}", steps(Command::Go(3)), steps(Command::Stop));
}
