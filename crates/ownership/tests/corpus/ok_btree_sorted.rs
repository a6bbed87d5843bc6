use std::collections::BTreeMap;

fn main() {
    let mut grades: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    grades.entry("Lin").or_default().push(90);
    grades.entry("Ada").or_default().push(80);
    grades.entry("Lin").or_default().push(70);
    for (name, list) in &grades {
        let total: u32 = list.iter().sum();
        println!("{name}: {total}");
    }
    let names: Vec<&&str> = grades.keys().collect();
    println!("{:?}", names);
}
