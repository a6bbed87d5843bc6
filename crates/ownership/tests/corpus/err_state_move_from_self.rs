enum Job {
    Waiting(String),
    Finished,
}

struct Worker {
    job: Job,
}

impl Worker {
    fn name(&self) -> String {
        match self.job {
            Job::Waiting(n) => n,
            Job::Finished => String::from("done"),
        }
    }
}

fn main() {
    let w = Worker { job: Job::Waiting(String::from("build")) };
    println!("{}", w.name());
    let f = Worker { job: Job::Finished };
    println!("{}", f.name());
}
