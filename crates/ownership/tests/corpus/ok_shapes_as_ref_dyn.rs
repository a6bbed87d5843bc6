trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn describe(s: &dyn Shape) -> String {
    format!("area {:.1}", s.area())
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Circle { r: 2.0 })];
    for s in &shapes {
        println!("{}", describe(s.as_ref()));
    }
    let first: &Box<dyn Shape> = &shapes[0];
    println!("{}", describe(first.as_ref()));
}
