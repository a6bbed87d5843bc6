use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }

    fn moved(self, dx: i32, dy: i32) -> Self {
        Point::new(self.x + dx, self.y + dy)
    }

    fn manhattan(&self, other: &Point) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

fn main() {
    let origin = Point::default();
    let a = Point::new(3, 4);
    let b = a.moved(1, -2);
    let r = &b;
    println!("a={:?} b={:?}", a, b);
    println!("distance from origin: {}", r.manhattan(&origin));

    let mut points = vec![b, a, origin, a];
    points.sort();
    println!("sorted: {:?}", points);

    let unique: HashSet<Point> = points.iter().copied().collect();
    println!("unique count: {}", unique.len());
    println!("a == b? {}", a == b);
    println!("max: {:?}", points.iter().max());
}
