struct Wallet {
    coins: u32,
}

impl Wallet {
    fn coins_mut(&mut self) -> &mut u32 {
        &mut self.coins
    }

    fn coins(&self) -> u32 {
        self.coins
    }
}

fn main() {
    let mut wallet = Wallet { coins: 3 };
    let a = wallet.coins_mut();
    *a += 1;
    let b = wallet.coins_mut();
    *b += 1;
    println!("{}", wallet.coins());
}
