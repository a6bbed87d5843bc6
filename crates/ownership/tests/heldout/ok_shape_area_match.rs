#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Rectangle(f64, f64),
    Triangle { base: f64, height: f64 },
    Dot,
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle { radius } => 3.14159 * radius * radius,
        Shape::Rectangle(w, h) => w * h,
        Shape::Triangle { base, height } => 0.5 * base * height,
        Shape::Dot => 0.0,
    }
}

fn describe(shape: &Shape) -> &'static str {
    match shape {
        Shape::Rectangle(w, h) if w == h => "square",
        Shape::Rectangle(..) => "rectangle",
        Shape::Circle { radius } if *radius > 10.0 => "big circle",
        Shape::Circle { .. } => "circle",
        Shape::Triangle { .. } | Shape::Dot => "other",
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { radius: 2.0 },
        Shape::Rectangle(3.0, 3.0),
        Shape::Rectangle(2.0, 5.0),
        Shape::Triangle { base: 4.0, height: 3.0 },
        Shape::Dot,
    ];
    let mut total = 0.0;
    for s in &shapes {
        let a = area(s);
        total += a;
        println!("{:?} is a {} with area {:.2}", s, describe(s), a);
    }
    println!("total area {:.2}", total);
}
