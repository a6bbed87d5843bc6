#[derive(Clone, Copy)]
enum Step {
    More(u32),
    Stop,
}

fn next(s: Step) -> Step {
    match s {
        Step::More(0) => Step::Stop,
        Step::More(n) => Step::More(n - 1),
        Step::Stop => Step::Stop,
    }
}

fn main() {
    let mut s = Step::More(3);
    let mut seen = Vec::new();
    while let Step::More(n) = s {
        seen.push(n);
        s = next(s);
    }
    println!("{:?}", seen);
}
