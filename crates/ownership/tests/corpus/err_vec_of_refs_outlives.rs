// Each `label` dies at the end of its loop iteration, so storing `&label` in an outer Vec fails; store the String itself.
fn main() {
    let mut labels: Vec<&String> = Vec::new();
    for i in 0..3 {
        let label = format!("item-{}", i);
        labels.push(&label);
    }
    println!("{} labels", labels.len());
}
