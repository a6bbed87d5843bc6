// An inventory of owned names: clone what you keep, remove what you give away.
fn describe(items: &Vec<String>) -> String {
    format!("{} items, first {}", items.len(), items[0])
}

fn main() {
    let mut items = vec![String::from("sword"), String::from("shield")];
    items.push(String::from("potion"));
    let backup = items.clone();
    let given = items.remove(0);
    let has_shield = items.contains(&String::from("shield"));
    let summary = describe(&items);
    println!("{given} {has_shield} {summary} {}", backup.len());
    let mut log = String::new();
    log += "sold ";
    log += &given;
    println!("{log}");
}
