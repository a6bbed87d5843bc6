// The report is moved in one branch only, yet it is used after the if; rustc rejects it because it may have moved. Borrow or clone in the branch.
fn archive(report: String) {
    println!("archived {} bytes", report.len());
}

fn main() {
    let report = String::from("quarterly numbers");
    let urgent = true;
    if urgent {
        archive(report);
    } else {
        println!("keeping the report for later");
    }
    println!("report: {}", report);
}
