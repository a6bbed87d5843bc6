fn apply_discount(prices: &mut [f64], percent: f64) {
    for p in prices.iter_mut() {
        *p *= 1.0 - percent / 100.0;
    }
}

fn main() {
    let mut cart: Vec<(String, f64)> = vec![
        ("shoes".to_string(), 80.0),
        ("socks".to_string(), 5.0),
        ("hat".to_string(), 25.0),
    ];
    for (name, price) in cart.iter_mut() {
        if name.starts_with('s') {
            *price += 1.0;
            name.push_str(" (premium)");
        }
    }

    let mut prices: Vec<f64> = cart.iter().map(|(_, p)| *p).collect();
    apply_discount(&mut prices, 10.0);
    apply_discount(&mut prices[..1], 50.0);

    for ((name, before), after) in cart.iter().zip(prices.iter()) {
        println!("{:<18} {:>6.2} -> {:>6.2}", name, before, after);
    }
    let has_hat = cart.iter().any(|(n, _)| n == "hat");
    println!("hat in cart: {}, items: {}", has_hat, cart.len());
    for (name, _) in cart.into_iter().rev() {
        println!("returning {}", name);
    }
}
