struct Counter { n: u32 }
impl Counter { fn bump(&mut self) { self.n += 1; } }
fn main() {
    let b = Box::new(Counter { n: 0 });
    b.bump();
    println!("{}", b.n);
}
