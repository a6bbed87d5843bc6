#[derive(Debug, Clone)]
struct Window {
    title: String,
    width: u32,
    height: u32,
}

fn main() {
    let main_window = Window { title: String::from("main"), width: 800, height: 600 };
    let popup = Window { title: String::from("popup"), ..main_window };
    let wide = Window { width: 1200, ..main_window.clone() };
    println!("{:?} {:?} {}", popup, wide, main_window.title);
}
