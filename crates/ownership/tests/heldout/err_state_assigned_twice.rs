#[derive(Debug, PartialEq)]
enum Door {
    Open,
    Closed,
    Locked(u32),
}

fn try_open(door: &Door, code: u32) -> bool {
    match door {
        Door::Locked(c) => *c == code,
        Door::Closed | Door::Open => true,
    }
}

fn main() {
    let door = Door::Locked(1234);
    let attempts = [1111, 1234];
    for code in attempts {
        if try_open(&door, code) {
            println!("code {} works", code);
            door = Door::Open;
        } else {
            println!("code {} rejected", code);
        }
    }
    println!("door is {:?}", door);
    println!("closed? {}", door == Door::Closed);
}
