fn main() {
    let mut v = vec![3, 1, 2];
    let limit = 2;
    v.retain(|x| *x >= limit);
    v.sort_by_key(|x| *x);
    let first = &v[0];
    v.retain(|x| *x != 9);
    println!("{}", first);
}
