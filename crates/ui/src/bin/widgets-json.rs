//! Prints the widget registry as JSON (see `ui::route::registry_json`): the build writes it
//! to `dist/widgets.json` for its scripts and the tests.
fn main() {
    print!("{}", ui::route::registry_json());
}
