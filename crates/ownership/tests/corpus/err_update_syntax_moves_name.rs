#[derive(Debug)]
struct Profile {
    name: String,
    age: u32,
    city: String,
}

fn main() {
    let base = Profile { name: String::from("ann"), age: 30, city: String::from("Oslo") };
    let older = Profile { age: 31, ..base };
    println!("{:?}", older);
    println!("{}", base.name);
}
