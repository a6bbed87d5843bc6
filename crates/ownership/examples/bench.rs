//! Times the engine against rustc on the corpus, side by side in one run:
//!
//! ```text
//! cargo run -q --release -p ownership --example bench [-- REPS]
//! ```
//!
//! For every file in `tests/corpus/` it takes the median of REPS (default 200) calls of
//! `ownership::analyze` and the median of 3 runs of
//! `rustc --edition 2021 --crate-type bin --emit=metadata` on the same file, then prints the
//! median over files of each, and the ratio. Budget: the engine's median under 1 ms and at
//! least 100× faster than rustc; the exit code is 1 when either fails.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs.get(xs.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let reps: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let out = std::env::temp_dir().join(format!("ownership-bench-{}", std::process::id()));
    std::fs::create_dir_all(&out).expect("temp dir");

    let (mut engine, mut rustc) = (Vec::new(), Vec::new());
    let mut slowest = (Duration::ZERO, String::new());
    for file in &files {
        let source = std::fs::read_to_string(file).expect("corpus file");
        let _ = ownership::analyze(&source); // warm-up
        let times: Vec<Duration> = (0..reps)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(ownership::analyze(std::hint::black_box(&source)));
                t.elapsed()
            })
            .collect();
        let e = median(times);
        if e > slowest.0 {
            slowest = (
                e,
                file.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
        engine.push(e);
        let runs: Vec<Duration> = (0..3)
            .map(|_| {
                let t = Instant::now();
                let status = Command::new("rustc")
                    .args([
                        "--edition",
                        "2021",
                        "--crate-type",
                        "bin",
                        "--emit=metadata",
                        "--error-format=json",
                        "-o",
                    ])
                    .arg(out.join("x.rmeta"))
                    .arg(file)
                    .output()
                    .expect("rustc on PATH");
                std::hint::black_box(status);
                t.elapsed()
            })
            .collect();
        rustc.push(median(runs));
    }
    let _ = std::fs::remove_dir_all(&out);
    let (e, r) = (median(engine), median(rustc));
    let ratio = r.as_secs_f64() / e.as_secs_f64().max(1e-9);
    println!(
        "{} corpus files, engine {} reps each, rustc 3 runs each",
        files.len(),
        reps
    );
    println!(
        "engine median per file   {:>10.3} ms  (slowest file {:.3} ms: {})",
        e.as_secs_f64() * 1e3,
        slowest.0.as_secs_f64() * 1e3,
        slowest.1
    );
    println!(
        "rustc --emit=metadata    {:>10.3} ms",
        r.as_secs_f64() * 1e3
    );
    println!("rustc / engine           {ratio:>10.0}×");
    let ok = e < Duration::from_millis(1) && ratio >= 100.0;
    println!(
        "budget (median < 1 ms, ≥ 100× faster than rustc): {}",
        if ok { "met" } else { "NOT met" }
    );
    if !ok {
        std::process::exit(1);
    }
}
