use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug, Clone)]
struct Problem {
    id: u32,
    prompt: String,
}

fn run_one(p: &Problem) -> String {
    // pretend this calls a language model
    format!("answer to '{}'", p.prompt)
}

fn main() {
    let problems = vec![
        Problem { id: 1, prompt: String::from("2+2") },
        Problem { id: 2, prompt: String::from("capital of France") },
        Problem { id: 3, prompt: String::from("largest planet") },
    ];

    // Wrap shared state safely with Arc (Atomic Reference Count) and Mutex
    let shared_cache = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();

    for p in problems {
        // Clone the reference count to move ownership into each thread
        let cache_clone = Arc::clone(&shared_cache);
        handles.push(thread::spawn(move || {
            let result = run_one(&p);
            cache_clone.lock().unwrap().insert(p.id, result.clone());
            result
        }));
    }

    let results: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{} results", results.len());
    let cache = shared_cache.lock().unwrap();
    for id in 1..=3 {
        println!("{} -> {:?}", id, cache.get(&id));
    }
}
