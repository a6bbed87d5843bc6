fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_tax(rate: f64) -> Box<dyn Fn(f64) -> f64> {
    Box::new(move |price| price * (1.0 + rate))
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn compose<A, B>(f: A, g: B) -> impl Fn(i32) -> i32
where
    A: Fn(i32) -> i32,
    B: Fn(i32) -> i32,
{
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));

    let both = compose(add5, add10);
    println!("composed {}", both(0));

    let taxes: Vec<Box<dyn Fn(f64) -> f64>> = vec![make_tax(0.2), make_tax(0.07)];
    for t in &taxes {
        println!("{:.2}", t(50.0));
    }

    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..3).map(|_| next_id()).collect();
    println!("ids {:?}", ids);
}
