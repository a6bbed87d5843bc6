#[derive(Debug, Clone, Copy)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

impl Color {
    fn to_hex(&self) -> String {
        format!("#{:02x}{:02x}{:02X}", self.r, self.g, self.b)
    }
}

fn main() {
    let teal = Color { r: 0, g: 128, b: 128 };
    let copy = teal;
    println!("{} {}", teal.to_hex(), copy.to_hex());
    println!("{:>8} {:08b} {:o}", 255, 5u8, 64);
}
