// Calling drop ends a value's life early; the program simply never touches it again.
fn main() {
    let report = String::from("temporary report");
    let size = report.len();
    drop(report);
    let summary = format!("the report was {} bytes", size);
    println!("{}", summary);
}
