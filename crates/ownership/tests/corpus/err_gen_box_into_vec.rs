trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Circle {
    radius: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.radius * self.radius
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> &str {
        "square"
    }
}

fn main() {
    let mut canvas: Vec<Box<dyn Shape>> = Vec::new();
    let big_circle: Box<dyn Shape> = Box::new(Circle { radius: 4.0 });
    let tile: Box<dyn Shape> = Box::new(Square { side: 2.0 });

    canvas.push(big_circle);
    canvas.push(tile);

    for shape in &canvas {
        println!("{} has area {:.2}", shape.name(), shape.area());
    }
    println!("The big circle alone covers {:.2}", big_circle.area());
}
