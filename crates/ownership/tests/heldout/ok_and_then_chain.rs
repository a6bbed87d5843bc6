fn parse_age(input: &str) -> Option<u32> {
    input.trim().parse().ok()
}

fn check_adult(age: u32) -> Option<u32> {
    if age >= 18 { Some(age) } else { None }
}

fn ticket_price(age: u32) -> u32 {
    if age >= 65 { 8 } else { 12 }
}

fn main() {
    let inputs = vec!["34", " 70 ", "twelve", "15"];
    for raw in &inputs {
        let price = parse_age(raw).and_then(check_adult).map(ticket_price);
        match price {
            Some(p) => println!("{:>8}: ${}", raw.trim(), p),
            None => println!("{:>8}: no ticket", raw.trim()),
        }
    }

    let ages: Vec<u32> = inputs.iter().filter_map(|s| parse_age(s)).collect();
    let oldest = ages.iter().max().copied().unwrap_or_default();
    let first_name = vec![String::from("zed"), String::from("amy")].first().cloned();
    println!("oldest {} first {:?}", oldest, first_name);

    let r: Result<u32, String> = parse_age("41").ok_or(String::from("bad"));
    println!("as result {:?}", r);
}
