fn largest<T: PartialOrd + Clone>(list: &[T]) -> T {
    let mut big = list[0].clone();
    for item in list { if *item > big { big = item.clone(); } }
    big
}
fn first<T>(v: &Vec<T>) -> &T { &v[0] }
fn main() {
    let mut words = vec![String::from("a"), String::from("b")];
    let w = largest(&words);
    let f = first(&words);
    words.push(w);
    println!("{}", f);
}
