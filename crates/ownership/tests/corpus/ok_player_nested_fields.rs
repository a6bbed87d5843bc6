struct Point {
    x: i32,
    y: i32,
}

struct Player {
    name: String,
    pos: Point,
    badge: (String, u8),
}

impl Player {
    fn step(&mut self) {
        let x = &mut self.pos.x;
        self.pos.y += 1;
        *x += 1;
    }
}

fn main() {
    let mut p = Player {
        name: String::from("Ferris"),
        pos: Point { x: 0, y: 0 },
        badge: (String::from("gold"), 1),
    };
    p.step();
    let level = &mut p.badge.1;
    p.pos.x = 10;
    *level += 1;
    let badge = p.badge.0;
    p.badge.0 = String::from("silver");
    println!("{} at ({}, {}) was {} now {}", p.name, p.pos.x, p.pos.y, badge, p.badge.0);
}
