use std::collections::BTreeMap;

struct Warehouse {
    stock: BTreeMap<String, u32>,
}

impl Warehouse {
    fn new() -> Self {
        Warehouse { stock: BTreeMap::new() }
    }

    fn receive(&mut self, item: &str, qty: u32) {
        *self.stock.entry(item.to_string()).or_insert(0) += qty;
    }

    fn ship(&mut self, item: &str, qty: u32) -> Result<(), String> {
        match self.stock.get_mut(item) {
            Some(have) if *have >= qty => {
                *have -= qty;
                if *have == 0 {
                    self.stock.remove(item);
                }
                Ok(())
            }
            Some(have) => Err(format!("only {} {} left", have, item)),
            None => Err(format!("no {} in stock", item)),
        }
    }
}

fn main() {
    let mut w = Warehouse::new();
    w.receive("widget", 10);
    w.receive("gadget", 3);
    w.receive("widget", 5);
    w.receive("bolt", 100);
    for order in [("widget", 12), ("gadget", 5), ("gadget", 3), ("nut", 1)] {
        match w.ship(order.0, order.1) {
            Ok(()) => println!("shipped {} {}", order.1, order.0),
            Err(e) => println!("cannot ship: {}", e),
        }
    }
    for (item, qty) in &w.stock {
        println!("{}: {}", item, qty);
    }
    println!("first item alphabetically: {:?}", w.stock.keys().next());
}
