struct Car {
    name: String,
    speed: u32,
}

impl Car {
    fn name(&self) -> &String {
        &self.name
    }

    fn accelerate(&mut self) {
        self.speed += 10;
    }
}

fn main() {
    let mut car = Car {
        name: String::from("Beetle"),
        speed: 0,
    };
    let name = car.name();
    car.accelerate();
    println!("{name} goes {}", car.speed);
}
