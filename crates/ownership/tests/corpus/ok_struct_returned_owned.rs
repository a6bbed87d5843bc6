// A constructor function returns an owned struct that the caller then controls.
struct Task {
    title: String,
    done: bool,
}

fn new_task(title: &str) -> Task {
    Task { title: title.to_string(), done: false }
}

fn main() {
    let mut t = new_task("water plants");
    t.done = true;
    println!("{} done? {}", t.title, t.done);
}
