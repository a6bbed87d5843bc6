fn apply_to_all(v: &mut Vec<i32>, f: impl Fn(i32) -> i32) {
    for x in v.iter_mut() { *x = f(*x); }
}
fn main() {
    let mut v = vec![1, 2];
    let factor = 10;
    apply_to_all(&mut v, |x| x * factor);
    let first = &v[0];
    apply_to_all(&mut v, |x| x + 1);
    println!("{} {:?}", first, v);
}
