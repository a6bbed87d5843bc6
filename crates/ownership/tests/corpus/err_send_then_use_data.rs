use std::sync::mpsc;
fn produce(tx: mpsc::Sender<Vec<i32>>) {
    let data = vec![1, 2, 3];
    tx.send(data).unwrap();
    println!("{}", data.len());
}
fn main() {
    let (tx, rx) = mpsc::channel();
    produce(tx);
    let got = rx.recv().unwrap();
    println!("{:?}", got);
}
