// `best` is a local copy, so `&best` would dangle; return the `i32` by value or a reference into `values`.
fn largest(values: &Vec<i32>) -> &i32 {
    let mut best = 0;
    for x in values.iter() {
        if *x > best {
            best = *x;
        }
    }
    &best
}

fn main() {
    let v = vec![4, 9, 2];
    println!("largest is {}", largest(&v));
}
