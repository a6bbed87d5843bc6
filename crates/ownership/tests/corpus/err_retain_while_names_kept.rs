#[derive(Debug)]
struct Task { name: String, prio: u32 }
fn main() {
    let mut tasks = vec![Task { name: String::from("a"), prio: 2 }, Task { name: String::from("b"), prio: 1 }];
    tasks.sort_by_key(|t| t.prio);
    let names: Vec<&String> = tasks.iter().map(|t| &t.name).collect();
    tasks.retain(|t| t.prio > 1);
    println!("{:?} {:?}", names, tasks);
}
