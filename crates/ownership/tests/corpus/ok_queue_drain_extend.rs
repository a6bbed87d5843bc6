fn main() {
    let mut queue = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d")];
    let first_two: Vec<String> = queue.drain(..2).collect();
    let mut done = Vec::new();
    done.extend(first_two);
    for job in queue.drain(..) {
        done.push(job);
    }
    let extra = [String::from("e")];
    done.extend(extra);
    let counts = vec![1, 2];
    let mut all = vec![0];
    all.extend(&counts);
    all.extend(counts.iter().map(|c| c * 10));
    let mut text = String::from("hello world");
    let removed: String = text.drain(..6).collect();
    text.replace_range(0..1, "W");
    println!("{:?} {} {:?} {:?} {} {}", done, queue.len(), all, counts, removed, text);
}
