fn repeat<F: FnMut()>(times: usize, mut action: F) {
    for _ in 0..times {
        action();
    }
}

fn main() {
    let mut clicks = 0;
    let mut history: Vec<String> = Vec::new();

    let mut click = |label: &str| {
        clicks += 1;
        history.push(format!("{}#{}", label, clicks));
    };
    click("ok");
    click("cancel");
    click("ok");
    println!("clicks {} history {:?}", clicks, history);

    let mut beeps = String::new();
    repeat(3, || beeps.push_str("beep "));
    println!("{}", beeps.trim_end());

    let mut total = 0;
    (1..=4).for_each(|n| total += n * n);
    println!("sum of squares {}", total);
}
