#![allow(unused)]
// Mutation needs `mut` (or `&mut`): E0596.
fn add_item(list: &Vec<i32>) {
    list.push(4);
}

fn main() {
    let greeting = String::from("hello");
    greeting.push('!');
    let numbers = vec![1, 2, 3];
    let r = &mut numbers;
}
