use std::thread;

struct Config {
    name: String,
    retries: u32,
}

fn start_worker(cfg: Config) -> thread::JoinHandle<()> {
    let label = format!("[{}]", cfg.name);
    thread::spawn(|| {
        for attempt in 1..=cfg.retries {
            println!("{} attempt {}", label, attempt);
        }
    })
}

fn main() {
    let cfg = Config { name: String::from("uploader"), retries: 3 };
    let h = start_worker(cfg);
    h.join().unwrap();
}
