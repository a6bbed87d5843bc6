struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn x(&self) -> &T {
        &self.x
    }
}

fn main() {
    // Player position on a map.
    let mut position = Point { x: 2.5, y: 7.0 };
    let old_x = position.x();

    position = Point { x: 3.5, y: 7.5 };

    println!("Moved from x = {}", old_x);
    println!("Now at ({}, {})", position.x, position.y);
}
