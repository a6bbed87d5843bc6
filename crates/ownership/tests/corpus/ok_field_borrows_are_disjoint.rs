struct Car {
    name: String,
    speed: u32,
}

impl Car {
    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let mut car = Car {
        name: String::from("Beetle"),
        speed: 0,
    };
    let name = &car.name;
    car.speed += 10;
    println!("{name} goes {}", car.speed);
    let again = car.name();
    println!("{again}");
}
