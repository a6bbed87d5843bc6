#[derive(Debug, Clone, Copy, PartialEq)]
enum Grade {
    A,
    B,
    C,
    Fail,
}

fn grade(score: u32) -> Grade {
    match score {
        90..=100 => Grade::A,
        80..=89 => Grade::B,
        n if n >= 70 => Grade::C,
        _ => Grade::Fail,
    }
}

fn main() {
    let g = grade(85);
    let copy = g;
    let passed = match g {
        Grade::A | Grade::B | Grade::C => true,
        Grade::Fail => false,
    };
    println!("{:?} {:?} {passed} {}", g, copy, g == Grade::B);
    let c = 'q';
    let kind = match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        _ => "other",
    };
    println!("{kind}");
}
