struct User { name: String, age: u32 }
fn main() {
    let users = vec![User { name: String::from("a"), age: 4 }];
    let total: u32 = users.iter().filter(|u| u.age > 1).map(|u| u.age).sum();
    let long = users.iter().filter(|u| u.name.len() > 3).count();
    let moved = users;
    println!("{} {} {}", total, long, moved.len());
}
