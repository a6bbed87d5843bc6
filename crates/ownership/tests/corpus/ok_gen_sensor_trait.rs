trait Sensor {
    fn id(&self) -> u32;
    fn read(&mut self) -> f64;

    fn read_average(&mut self, samples: u32) -> f64 {
        let mut sum = 0.0;
        for _ in 0..samples {
            sum += self.read();
        }
        sum / samples as f64
    }
}

struct Thermometer {
    id: u32,
    current: f64,
}

impl Sensor for Thermometer {
    fn id(&self) -> u32 {
        self.id
    }
    fn read(&mut self) -> f64 {
        // Pretend the reading drifts upward each time.
        self.current += 0.5;
        self.current
    }
}

fn calibrate<S: Sensor>(sensor: &mut S) {
    let avg = sensor.read_average(4);
    println!("Sensor {} calibrated, average {:.2}", sensor.id(), avg);
}

fn poll_all(sensors: &mut Vec<Box<dyn Sensor>>) {
    for s in sensors.iter_mut() {
        println!("Sensor {} reads {:.1}", s.id(), s.read());
    }
}

fn main() {
    let mut kitchen = Thermometer { id: 1, current: 20.0 };
    calibrate(&mut kitchen);
    println!("Kitchen now at {:.1}", kitchen.current);

    let mut all: Vec<Box<dyn Sensor>> = vec![
        Box::new(Thermometer { id: 2, current: 15.0 }),
        Box::new(kitchen),
    ];
    poll_all(&mut all);
    poll_all(&mut all);
}
