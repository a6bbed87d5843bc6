struct C {
    steps: u32,
}

impl C {
    fn walk(&mut self, n: u32) {
        self.steps += n;
    }
}

fn main() {
    let counter = C { steps: 0 };
    let walks = [2500, 3100];
    for w in walks {
        counter.walk(w);
    }
    println!("{}", counter.steps);
}
