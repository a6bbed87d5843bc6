use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct EmptyCart;

impl fmt::Display for EmptyCart {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the cart is empty")
    }
}

impl Error for EmptyCart {}

fn total_price(lines: &[&str]) -> Result<f64, Box<dyn Error>> {
    if lines.is_empty() {
        return Err(Box::new(EmptyCart));
    }
    let mut total = 0.0;
    for line in lines {
        let mut parts = line.split(',');
        let qty: u32 = parts.next().ok_or("missing quantity")?.trim().parse()?;
        let price: f64 = parts.next().ok_or("missing price")?.trim().parse()?;
        total += qty as f64 * price;
    }
    Ok(total)
}

fn main() -> Result<(), Box<dyn Error>> {
    let cart = ["2, 3.50", "1, 10.00"];
    println!("total: {:.2}", total_price(&cart)?);

    for bad in [vec![], vec!["two, 1.0"], vec!["3"]] {
        match total_price(&bad) {
            Ok(t) => println!("unexpected total {}", t),
            Err(e) => println!("error: {}", e),
        }
    }
    Ok(())
}
