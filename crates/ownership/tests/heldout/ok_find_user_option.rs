#[derive(Debug, Clone)]
struct User {
    id: u32,
    name: String,
    email: Option<String>,
}

fn find_user(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn main() {
    let users = vec![
        User { id: 1, name: "ana".to_string(), email: Some("ana@example.com".to_string()) },
        User { id: 2, name: "bo".to_string(), email: None },
    ];

    for id in [1, 2, 3] {
        let name = find_user(&users, id).map(|u| u.name.as_str()).unwrap_or("<unknown>");
        println!("user {} is {}", id, name);
    }

    let bo = find_user(&users, 2).expect("bo should exist");
    let contact = bo.email.as_deref().unwrap_or("no email");
    println!("{} -> {}", bo.name, contact);

    let ana_copy: Option<User> = find_user(&users, 1).cloned();
    if let Some(u) = ana_copy {
        println!("cloned {:?}", u);
    }
    println!("user 3 missing: {}", find_user(&users, 3).is_none());
    let email_len = users[0].email.as_ref().map(|e| e.len()).unwrap_or_else(|| 0);
    println!("email length {}", email_len);
}
