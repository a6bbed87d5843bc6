//! Prints the DOM names the Rust side shares with the page's JavaScript and the tests (see
//! `ui::dom`): the build writes them to `dist/dom.json`.
fn main() {
    print!("{}", ui::dom::names_json());
}
