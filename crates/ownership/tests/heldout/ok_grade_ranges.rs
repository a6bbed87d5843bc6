fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn comment(score: u32) -> String {
    match score {
        100 => String::from("perfect!"),
        s @ 95..=99 => format!("excellent, only {} points missing", 100 - s),
        s @ 0..=59 => format!("failed with {}", s),
        s if s > 100 => String::from("invalid score"),
        _ => String::from("ok"),
    }
}

fn main() {
    let students = [("Ann", 97), ("Ben", 82), ("Cid", 45), ("Dee", 100), ("Eve", 71), ("Foo", 120)];
    for (name, score) in students.iter() {
        println!("{:<4} {:>3} {} {}", name, score, letter(*score), comment(*score));
    }
    let passed = students.iter().filter(|&&(_, s)| letter(s) != 'F').count();
    println!("{} passed", passed);
}
