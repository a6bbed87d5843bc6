#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn make(big: bool) -> Shape {
    if big {
        Shape::Square(4.0)
    } else {
        Shape::Circle(1.0)
    }
}

fn main() {
    let side = match make(true) {
        Shape::Square(s) => s,
        Shape::Circle(_) => 0.0,
    };
    let label = match make(false) {
        Shape::Circle(r) if r > 2.0 => String::from("big circle"),
        other => format!("{:?}", other),
    };
    println!("{side} {label}");
}
