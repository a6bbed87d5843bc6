#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut class = vec![
        Student { name: "Olga".into(), grade: 71 },
        Student { name: "Pete".into(), grade: 45 },
        Student { name: "Quinn".into(), grade: 88 },
        Student { name: "Rosa".into(), grade: 93 },
        Student { name: "Sam".into(), grade: 52 },
    ];

    class.sort_by_key(|s| s.grade);
    println!("lowest: {}", class[0].name);

    let failing: Vec<Student> = class.iter().filter(|s| s.grade < 60).cloned().collect();
    class.retain(|s| s.grade >= 60);
    println!("passing: {:?}", class.iter().map(|s| &s.name).collect::<Vec<_>>());
    println!("failing: {}", failing.len());

    class.insert(0, Student { name: "Tia".into(), grade: 60 });
    let honors: Vec<Student> = class.drain(2..).collect();
    println!("remaining {:?}", class);
    println!("honors {:?}", honors);

    class.extend(failing);
    if let Some(last) = class.pop() {
        println!("popped {}", last.name);
    }
    let removed = class.remove(0);
    println!("removed {} -> {} left", removed.name, class.len());
}
