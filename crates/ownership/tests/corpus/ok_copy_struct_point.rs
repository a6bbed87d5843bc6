// A struct that derives Copy is duplicated on assignment, so both bindings stay valid.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn shift(mut p: Point, dx: i32) -> Point {
    p.x += dx;
    p
}

fn main() {
    let origin = Point { x: 0, y: 0 };
    let moved = shift(origin, 5);
    println!("origin ({}, {}) still usable, shifted {:?}", origin.x, origin.y, moved);
}
