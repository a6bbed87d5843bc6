use std::fmt;
struct P { x: i32, y: i32 }
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(")?;
        write!(f, "{}, {}", self.x, self.y)?;
        write!(f, ")")
    }
}
fn main() {
    let p = P { x: 1, y: 2 };
    let s = p.to_string();
    println!("{} {}", p, s);
    let q = p;
    println!("{}", p);
}
