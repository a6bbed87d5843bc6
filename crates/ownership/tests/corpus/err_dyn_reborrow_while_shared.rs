trait Tank { fn fill(&mut self, n: u32); fn level(&self) -> u32; }
struct Barrel { v: u32 }
impl Tank for Barrel { fn fill(&mut self, n: u32) { self.v += n; } fn level(&self) -> u32 { self.v } }
fn top_up(t: &mut dyn Tank) { t.fill(3); t.fill(4); println!("{}", t.level()); }
fn twice<T: Tank>(t: &mut T) { t.fill(1); let r = &*t; t.fill(2); println!("{}", r.level()); }
fn main() {
    let mut b = Barrel { v: 0 };
    top_up(&mut b);
    twice(&mut b);
    let mut tanks: Vec<Box<dyn Tank>> = Vec::new();
    tanks.push(Box::new(Barrel { v: 1 }));
    for t in tanks.iter_mut() { t.fill(2); }
    tanks[0].fill(5);
    println!("{}", tanks[0].level());
}
