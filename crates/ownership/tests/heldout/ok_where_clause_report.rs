use std::fmt::{Debug, Display};

#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u8,
}

impl Display for Student {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{} ({})", self.name, self.grade)
    }
}

fn report<T, U>(title: &T, items: &[U]) -> String
where
    T: Display,
    U: Display + Debug,
{
    let mut out = format!("== {} ==\n", title);
    for (i, item) in items.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, item));
    }
    out
}

fn duplicate<T>(item: &T, times: usize) -> Vec<T>
where
    T: Clone,
{
    let mut v = Vec::new();
    for _ in 0..times {
        v.push(item.clone());
    }
    v
}

fn main() {
    let class = vec![
        Student { name: "Ivy".to_string(), grade: 91 },
        Student { name: "Jon".to_string(), grade: 78 },
    ];
    print!("{}", report(&"Class 3B", &class));
    let copies = duplicate(&class[0], 2);
    println!("{:?} equal: {}", copies, copies[0] == copies[1]);
    print!("{}", report(&42, &[1.5, 2.5]));
}
