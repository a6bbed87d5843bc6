struct Wrapper(Vec<i32>);
impl Wrapper {
    fn first(&self) -> Option<&i32> { self.0.first() }
    fn add(&mut self, x: i32) { self.0.push(x); }
}
fn main() {
    let mut w = Wrapper(vec![1]);
    let f = w.first();
    w.add(2);
    println!("{:?}", f);
}
