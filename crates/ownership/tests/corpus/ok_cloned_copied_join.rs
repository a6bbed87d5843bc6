fn main() {
    let mut words = vec![String::from("a"), String::from("b")];
    let copies: Vec<String> = words.iter().cloned().collect();
    let nums = vec![3, 4];
    let total: i32 = nums.iter().copied().sum();
    words.push(String::from("c"));
    let line = words.join(", ");
    let left: u32 = 3u32.saturating_sub(5);
    println!("{:?} {} {} {}", copies, total, line, left);
}
