#[derive(Debug)]
struct Car {
    plate: String,
    spot: Option<(char, u32)>,
}

fn main() {
    let mut lot = vec![
        Car { plate: String::from("ABC123"), spot: Some(('A', 4)) },
        Car { plate: String::from("XYZ999"), spot: None },
        Car { plate: String::from("LMN456"), spot: Some(('B', 1)) },
    ];

    for car in &lot {
        let Car { plate, spot } = car;
        match spot {
            Some((row @ 'A'..='B', n)) if *n < 3 => println!("{} near the entrance at {}{}", plate, row, n),
            Some((row, n)) => println!("{} at {}{}", plate, row, n),
            None => println!("{} is waiting", plate),
        }
    }

    // park the waiting car
    for car in lot.iter_mut() {
        if let Car { spot: ref mut s @ None, .. } = car {
            *s = Some(('C', 7));
        }
    }

    let (parked, waiting): (Vec<&Car>, Vec<&Car>) = lot.iter().partition(|c| c.spot.is_some());
    println!("parked {} waiting {}", parked.len(), waiting.len());
    let first = &lot[0];
    let &Car { ref plate, .. } = first;
    println!("first plate {}", plate);
    lot.clear();
}
