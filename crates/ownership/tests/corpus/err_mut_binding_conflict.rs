#[derive(Debug)]
enum Counter {
    Off,
    On(u32),
}

fn main() {
    let mut c = Counter::On(1);
    match &mut c {
        Counter::On(n) => {
            *n += 1;
            println!("{:?}", c);
            *n += 1;
        }
        Counter::Off => {}
    }
}
