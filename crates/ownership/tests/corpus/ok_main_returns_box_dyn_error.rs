use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct OutOfStock {
    item: String,
}

impl fmt::Display for OutOfStock {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is out of stock", self.item)
    }
}

impl Error for OutOfStock {}

fn order(line: &str, stock: u32) -> Result<u32, Box<dyn Error>> {
    let (item, qty) = line.split_once(':').ok_or("expected item:qty")?;
    let qty: u32 = qty.trim().parse()?;
    if qty > stock {
        return Err(Box::new(OutOfStock { item: item.to_string() }));
    }
    Ok(stock - qty)
}

fn main() -> Result<(), Box<dyn Error>> {
    let left = order("apples: 3", 10)?;
    println!("{} left", left);
    for line in ["pears 2", "plums: x", "figs: 20"] {
        if let Err(e) = order(line, left) {
            println!("{}: {}", line, e);
        }
    }
    Ok(())
}
