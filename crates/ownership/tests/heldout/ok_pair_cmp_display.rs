use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }

    fn swap(self) -> Pair<T> {
        Pair { x: self.y, y: self.x }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

fn main() {
    let p = Pair::new(3, 9);
    p.cmp_display();
    let p = p.swap();
    p.cmp_display();

    let names = Pair::new(String::from("Zoe"), String::from("Adam"));
    names.cmp_display();
    let swapped = names.swap();
    println!("{} then {}", swapped.x, swapped.y);
}
