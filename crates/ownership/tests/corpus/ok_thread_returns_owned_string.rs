// A thread can build a String and hand ownership back to main through join.
use std::thread;

fn main() {
    let count: u32 = 3;
    let handle = thread::spawn(move || {
        let mut report = String::from("report:");
        for i in 0..count {
            report.push_str(&format!(" part{}", i));
        }
        report
    });
    let report = handle.join().unwrap();
    println!("{} (count still {})", report, count);
}
