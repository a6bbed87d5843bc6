fn check(n: i32) -> Result<i32, String> {
    if n > 0 {
        Ok(n)
    } else {
        Err(String::from("not positive"))
    }
}

fn main() {
    let r = check(-1);
    match r {
        Ok(n) => println!("{n}"),
        Err(e) => println!("{e}"),
    }
    println!("{:?}", r);
}
