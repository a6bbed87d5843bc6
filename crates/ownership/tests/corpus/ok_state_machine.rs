#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { speed: u32 },
    Done,
}

struct Machine {
    state: State,
    log: Vec<String>,
}

impl Machine {
    fn step(&mut self) {
        self.state = match self.state {
            State::Idle => State::Running { speed: 1 },
            State::Running { speed } if speed >= 3 => State::Done,
            State::Running { speed } => State::Running { speed: speed + 1 },
            State::Done => State::Done,
        };
        self.log.push(format!("{:?}", self.state));
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, log: Vec::new() };
    while m.state != State::Done {
        m.step();
    }
    println!("{}", m.log.len());
}
