struct Shape {
    sides: u32,
}

impl Shape {
    fn label(&self) -> &String {
        let text = format!("{} sides", self.sides);
        &text
    }
}

fn main() {
    let triangle = Shape { sides: 3 };
    println!("{}", triangle.label());
}
