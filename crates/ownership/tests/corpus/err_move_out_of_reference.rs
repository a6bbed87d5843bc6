#![allow(unused)]
// Cannot take ownership through a reference (E0507) or write through `&` (E0594).
fn main() {
    let title = String::from("Dune");
    let r = &title;
    let stolen = *r;
    let books = vec![String::from("Emma")];
    let first = books[0];
    let mut pages = 412;
    let p = &pages;
    *p = 500;
}
