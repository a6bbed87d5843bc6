fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    let mut owned = v;
    owned.push(4);
    println!("{:?} {:?} {}", doubled, owned, v.len());
}
