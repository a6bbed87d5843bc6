fn ends(values: &[i32]) -> Option<(i32, i32)> {
    match values {
        [only] => Some((*only, *only)),
        [first, .., last] => Some((*first, *last)),
        _ => None,
    }
}

fn main() {
    let scores = [3, 9, 4, 7];
    let [lowest, .., highest] = scores;
    let [head, tail @ ..] = scores;
    println!("{} {} {} {:?} {:?}", lowest, highest, head, tail, ends(&scores));
}
