// A reborrow through `r` is still in use when `r` is used directly again.
fn main() {
    let mut list = vec![1, 2];
    let r = &mut list;
    let inner = &mut *r;
    r.push(3);
    inner.push(4);
}
