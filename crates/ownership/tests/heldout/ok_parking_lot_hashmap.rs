use std::collections::HashMap;

struct ParkingLot {
    spots: HashMap<u32, Option<String>>,
}

impl ParkingLot {
    fn new(size: u32) -> Self {
        let mut spots = HashMap::new();
        for n in 1..=size {
            spots.insert(n, None);
        }
        ParkingLot { spots }
    }

    fn park(&mut self, plate: &str) -> Option<u32> {
        let mut free: Vec<u32> = self.spots.iter().filter(|(_, car)| car.is_none()).map(|(n, _)| *n).collect();
        free.sort();
        let spot = *free.first()?;
        if let Some(slot) = self.spots.get_mut(&spot) {
            *slot = Some(plate.to_string());
        }
        Some(spot)
    }

    fn leave(&mut self, spot: u32) -> Option<String> {
        self.spots.get_mut(&spot)?.take()
    }
}

fn main() {
    let mut lot = ParkingLot::new(3);
    for plate in ["AA-1", "BB-2", "CC-3", "DD-4"] {
        match lot.park(plate) {
            Some(n) => println!("{} parked in {}", plate, n),
            None => println!("lot full, {} turned away", plate),
        }
    }
    println!("left spot 2: {:?}", lot.leave(2));
    println!("DD-4 parked in {:?}", lot.park("DD-4"));
    lot.spots.remove(&3);
    println!("spot 3 exists: {}", lot.spots.contains_key(&3));
}
