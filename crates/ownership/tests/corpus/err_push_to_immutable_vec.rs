// `push` needs `&mut self`, but `todo` is not declared `mut`; write `let mut todo`.
fn main() {
    let todo: Vec<String> = Vec::new();
    todo.push(String::from("buy milk"));
    todo.push(String::from("walk dog"));
    println!("{} things to do", todo.len());
}
