// Lesson: `for t in &mut temps` gives a `&mut f64` for each element,
// so we can change the values in place through `*t`.
fn main() {
    let mut temps = vec![18.5, 21.0, 19.25];
    for t in &mut temps {
        *t += 1.5;
    }
    for t in &temps {
        println!("{}", t);
    }
}
