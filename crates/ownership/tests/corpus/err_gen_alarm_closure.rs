trait Sensor {
    fn reading(&self) -> f64;
}

struct Thermometer {
    celsius: f64,
}

impl Sensor for Thermometer {
    fn reading(&self) -> f64 {
        self.celsius
    }
}

// Returns a check that fires when a reading passes the limit.
fn make_alarm(limit: f64) -> Box<dyn Fn(&dyn Sensor) -> bool> {
    let margin = 0.5;
    Box::new(move |s| s.reading() > limit + margin)
}

fn make_logger(prefix: String) -> Box<dyn Fn(&dyn Sensor)> {
    Box::new(|s| println!("{} {:.1}", prefix, s.reading()))
}

fn main() {
    let alarm = make_alarm(30.0);
    let log = make_logger(String::from("[temp]"));
    let sensors = vec![Thermometer { celsius: 22.0 }, Thermometer { celsius: 31.2 }];
    for t in &sensors {
        log(t);
        if alarm(t) {
            println!("Too hot!");
        }
    }
}
