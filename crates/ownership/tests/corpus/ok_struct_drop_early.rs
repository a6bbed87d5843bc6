// Dropping a struct early releases its String; later code uses only copied values.
struct Session {
    user: String,
    minutes: u32,
}

fn main() {
    let s = Session { user: String::from("kim"), minutes: 42 };
    let mins = s.minutes;
    let name_len = s.user.len();
    drop(s);
    println!("session lasted {} minutes for a {}-letter user", mins, name_len);
}
