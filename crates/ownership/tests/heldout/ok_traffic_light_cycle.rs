#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Self {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    fn seconds(&self) -> u32 {
        match self {
            Light::Red | Light::Green => 30,
            Light::Yellow => 5,
        }
    }
}

fn main() {
    let mut light = Light::Red;
    let mut elapsed = 0;
    for _ in 0..7 {
        elapsed += light.seconds();
        println!("{:?} for {}s", light, light.seconds());
        light = light.next();
    }
    println!("total {}s, ending on {:?}", elapsed, light);
    if light == Light::Green {
        println!("go!");
    }
}
