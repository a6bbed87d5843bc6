// `name_ref` borrows a field of `user`, so moving the whole struct into `retire` is not allowed while it is used.
struct User {
    name: String,
    age: u32,
}

fn retire(u: User) {
    println!("{} retires at {}", u.name, u.age);
}

fn main() {
    let user = User { name: String::from("Cleo"), age: 65 };
    let name_ref = &user.name;
    retire(user);
    println!("goodbye, {}", name_ref);
}
