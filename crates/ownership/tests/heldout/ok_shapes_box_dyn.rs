trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn print_area(s: &dyn Shape) {
    println!("{} has area {:.2}", s.name(), s.area());
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.5 }));
    shapes.push(Box::new(Square { side: 2.0 }));
    shapes.push(Box::new(Circle { r: 0.5 }));

    for s in shapes.iter() {
        print_area(s.as_ref());
    }
    let sq = Square { side: 3.0 };
    print_area(&sq);
    println!("total {:.2}", total_area(&shapes));
}
