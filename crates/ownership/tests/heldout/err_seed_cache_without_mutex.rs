use std::collections::HashMap;
use std::thread;

struct Problem {
    id: u32,
    prompt: &'static str,
}

fn run_one(p: &Problem) -> String {
    format!("answer({})", p.prompt)
}

fn main() {
    let problems = vec![
        Problem { id: 1, prompt: "sort a list" },
        Problem { id: 2, prompt: "reverse a string" },
    ];
    let mut shared_cache = HashMap::new();

    thread::scope(|s| {
        for p in &problems {
            s.spawn(|| {
                let result = run_one(p);
                shared_cache.insert(p.id, result.clone());
            });
        }
    });
    println!("{} cached answers", shared_cache.len());
}
