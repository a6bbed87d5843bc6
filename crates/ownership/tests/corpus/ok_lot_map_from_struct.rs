use std::collections::HashMap;

struct Lot {
    spots: HashMap<u32, Option<String>>,
}

impl Lot {
    fn new(size: u32) -> Self {
        let mut spots = HashMap::new();
        for n in 1..=size {
            spots.insert(n, None);
        }
        Lot { spots }
    }

    fn park(&mut self, car: &str) -> Option<u32> {
        for (n, spot) in self.spots.iter_mut() {
            if spot.is_none() {
                *spot = Some(car.to_string());
                return Some(*n);
            }
        }
        None
    }
}

fn main() {
    let mut lot = Lot::new(2);
    println!("{:?} {:?}", lot.park("abc"), lot.spots.len());
}
