struct User { name: String, age: u32 }
fn main() {
    let mut users = vec![User { name: String::from("a"), age: 4 }];
    let older: Vec<&User> = users.iter().filter(|u| u.age > 3).collect();
    let first = users.iter().find(|u| u.name.len() > 0);
    users.push(User { name: String::from("b"), age: 1 });
    println!("{} {}", older.len(), first.is_some());
}
