struct Point {
    x: i32,
    y: i32,
}

struct Player {
    name: String,
    pos: Point,
}

fn main() {
    let mut p = Player { name: String::from("a"), pos: Point { x: 1, y: 2 } };
    let pos = &mut p.pos;
    p.pos.y += 1;
    pos.x += 1;
    println!("{}", p.name);
}
