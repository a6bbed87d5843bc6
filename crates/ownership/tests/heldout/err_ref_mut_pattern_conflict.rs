#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    battery: u8,
}

fn main() {
    let mut robot = Robot { x: 0, y: 0, battery: 100 };
    let moves = ["up", "up", "left", "down", "right", "right"];

    let Robot { ref mut x, ref mut y, .. } = robot;
    for m in moves {
        match m {
            "up" => *y += 1,
            "down" => *y -= 1,
            "left" => *x -= 1,
            "right" => *x += 1,
            _ => {}
        }
        println!("robot now {:?}", robot);
    }
    *x = 0;
    robot.battery -= 10;
}
