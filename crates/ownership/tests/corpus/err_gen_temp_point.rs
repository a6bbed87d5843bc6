struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }

    fn x(&self) -> &T {
        &self.x
    }

    fn y(&self) -> &T {
        &self.y
    }
}

fn main() {
    let home = Point::new(10, 20);
    println!("Home is at ({}, {})", home.x(), home.y());

    // Just need the x coordinate of the spawn point.
    let spawn_x = Point::new(String::from("west"), String::from("north")).x();
    println!("Spawn x: {}", spawn_x);
}
