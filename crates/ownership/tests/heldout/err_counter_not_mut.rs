struct StepCounter {
    steps: u32,
    goal: u32,
}

impl StepCounter {
    fn new(goal: u32) -> Self {
        StepCounter { steps: 0, goal }
    }

    fn walk(&mut self, n: u32) {
        self.steps += n;
    }

    fn reached_goal(&self) -> bool {
        self.steps >= self.goal
    }
}

fn main() {
    let counter = StepCounter::new(10000);
    let walks = [2500, 3100, 4800];
    for w in walks {
        counter.walk(w);
    }
    if counter.reached_goal() {
        println!("goal reached with {} steps", counter.steps);
    } else {
        println!("keep walking: {} / {}", counter.steps, counter.goal);
    }
}
