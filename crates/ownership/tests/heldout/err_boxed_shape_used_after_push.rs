trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("a shape with area {:.1}", self.area())
    }
}

struct Rect {
    w: f64,
    h: f64,
}

struct Circle {
    r: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}

fn main() {
    let mut canvas: Vec<Box<dyn Shape>> = Vec::new();
    let big: Box<dyn Shape> = Box::new(Rect { w: 10.0, h: 4.0 });
    canvas.push(big);
    canvas.push(Box::new(Circle { r: 2.0 }));

    println!("the big one is {}", big.describe());
    let total: f64 = canvas.iter().map(|s| s.area()).sum();
    println!("total area {:.1}", total);
}
