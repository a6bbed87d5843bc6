struct Engine {
    running: bool,
    revs: u32,
}

impl Engine {
    fn start(&mut self) {
        self.running = true;
        self.revs = 800;
    }

    fn is_running(&self) -> bool {
        self.running
    }
}

struct Car {
    name: String,
    engine: Engine,
}

impl Car {
    fn new(name: &str) -> Car {
        Car {
            name: String::from(name),
            engine: Engine {
                running: false,
                revs: 0,
            },
        }
    }

    fn start(&mut self) {
        self.engine.start();
        println!("{} started", self.name);
    }

    fn ready(&self) -> bool {
        self.engine.is_running()
    }
}

fn main() {
    let mut car = Car::new("Beetle");
    car.start();
    println!("ready: {}", car.ready());
}
