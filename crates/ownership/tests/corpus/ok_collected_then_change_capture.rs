fn main() {
    let mut limit: usize = 3;
    let scores = vec![1, 2, 5];
    let low: Vec<&usize> = scores.iter().filter(|s| **s < limit).collect();
    limit += 1;
    let names = vec![String::from("ana")];
    let mut widths: Vec<usize> = names.iter().map(|n| n.len() + limit).collect();
    limit = 0;
    widths.push(limit);
    println!("{:?} {:?}", low, widths);
}
