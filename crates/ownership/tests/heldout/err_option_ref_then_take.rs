#[derive(Debug)]
struct ParkingSpot {
    id: u32,
    car: Option<String>,
}

fn main() {
    let mut spot = ParkingSpot { id: 7, car: Some(String::from("KA-123")) };

    let current = spot.car.as_ref();
    let leaving = spot.car.take();

    println!("spot {} had {:?}", spot.id, current);
    println!("car leaving: {:?}", leaving);
    println!("now: {:?}", spot);
}
