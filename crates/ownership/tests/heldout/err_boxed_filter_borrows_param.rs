#[derive(Debug)]
struct Apartment {
    rooms: u32,
    rent: u32,
}

fn budget_filter(max_rent: u32) -> Box<dyn Fn(&Apartment) -> bool> {
    Box::new(|a| a.rent <= max_rent)
}

fn filter_all<F>(list: &[Apartment], keep: F) -> Vec<&Apartment>
where
    F: Fn(&Apartment) -> bool,
{
    list.iter().filter(|a| keep(a)).collect()
}

fn main() {
    let listings = vec![
        Apartment { rooms: 2, rent: 900 },
        Apartment { rooms: 3, rent: 1400 },
        Apartment { rooms: 1, rent: 650 },
    ];
    let cheap = budget_filter(1000);
    println!("{:?}", filter_all(&listings, cheap));
}
