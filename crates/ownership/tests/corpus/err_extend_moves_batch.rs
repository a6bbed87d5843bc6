fn main() {
    let mut inbox = vec![String::from("hi")];
    let batch = vec![String::from("yo"), String::from("sup")];
    inbox.extend(batch);
    println!("{} new of {}", batch.len(), inbox.len());
}
