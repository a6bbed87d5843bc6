struct Wrapper<T> { inner: T }
impl<T> Wrapper<T> { fn get(&self) -> &T { &self.inner } }
fn main() {
    let w;
    {
        let s = String::from("hi");
        w = Wrapper { inner: s.as_str() };
    }
    println!("{}", w.get());
}
