// Reading a Copy value while it is mutably borrowed: E0503.
fn main() {
    let mut score = 10;
    let editor = &mut score;
    let copy = score + 1;
    *editor += copy;
}
