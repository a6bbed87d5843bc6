// Borrowing one field of a struct only borrows that field, not the whole struct.
struct Student {
    name: String,
    grades: Vec<u32>,
}

fn main() {
    let mut s = Student { name: String::from("Lin"), grades: vec![80, 95] };
    let name_ref = &s.name;
    s.grades.push(70);
    println!("{} now has {} grades", name_ref, s.grades.len());
}
