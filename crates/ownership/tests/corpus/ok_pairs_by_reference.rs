fn main() {
    let stock = vec![(String::from("apple"), 3), (String::from("pear"), 0)];
    for (name, count) in &stock {
        if *count == 0 {
            println!("out of {name}");
        }
    }
    let names: Vec<&str> = stock.iter().map(|(n, _)| n.as_str()).collect();
    let mut it = stock.iter().rev().skip(0).take(2);
    let last = it.next();
    let more = it.next();
    println!("{:?} {:?} {:?}", names, last, more);
    let smallest = stock.iter().map(|(_, c)| *c).min();
    let all: Vec<i32> = stock.iter().map(|p| p.1).chain(vec![7, 8].into_iter()).collect();
    println!("{:?} {:?}", smallest, all);
}
