fn main() {
    let v = vec![3, 8, 5, 10];
    let mut it = v.iter();
    let big = it.find(|x| **x > 4);
    let after = it.next();
    println!("{:?} {:?}", big, after);
    let evens = v.iter().filter(|x| *x % 2 == 0).count();
    v.iter().for_each(|x| println!("{x}"));
    println!("{evens}");
}
