trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.side
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
}

// Two different shape types can be compared with impl Trait arguments.
fn bigger_area(first: &impl Shape, second: &impl Shape) -> f64 {
    if first.area() > second.area() {
        first.area()
    } else {
        second.area()
    }
}

fn report<S: Shape>(label: &str, shape: &S) {
    println!("{}: area {:.2}, perimeter {:.2}", label, shape.area(), shape.perimeter());
}

fn main() {
    let tile = Square { side: 3.0 };
    let sail = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    report("tile", &tile);
    report("sail", &sail);
    println!("Bigger area: {:.2}", bigger_area(&tile, &sail));
}
