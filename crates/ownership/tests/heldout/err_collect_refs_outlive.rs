fn read_input() -> String {
    String::from("carrots,potatoes, onions ,garlic")
}

fn main() {
    let shopping: Vec<&str>;
    {
        let input = read_input();
        shopping = input.split(',').map(|s| s.trim()).collect();
        println!("read {} bytes", input.len());
    }
    for (i, item) in shopping.iter().enumerate() {
        println!("{}: {}", i + 1, item);
    }
    println!("{} items to buy", shopping.len());
}
