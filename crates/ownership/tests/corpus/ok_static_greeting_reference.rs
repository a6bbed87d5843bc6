static SHOP: &str = "Corner Books";
const TAX_PERCENT: u32 = 8;

struct Receipt {
    total: u32,
}

impl Receipt {
    fn shop(&self) -> &'static str {
        SHOP
    }

    fn with_tax(&self) -> u32 {
        self.total + self.total * TAX_PERCENT / 100
    }
}

fn main() {
    let shop;
    {
        let receipt = Receipt { total: 250 };
        shop = receipt.shop();
        println!("{}", receipt.with_tax());
    }
    println!("thanks for shopping at {shop}");
}
