fn parse_digit(c: char) -> Result<u32, String> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err(format!("not a digit: {c}"))
    }
}

fn add_digits(a: char, b: char) -> Result<u32, String> {
    let x = parse_digit(a)?;
    let y = parse_digit(b)?;
    Ok(x + y)
}

fn first_even(v: &Vec<u32>) -> Option<u32> {
    let first = v.first()?;
    if first % 2 == 0 {
        Some(*first)
    } else {
        None
    }
}

fn main() {
    match add_digits('3', '4') {
        Ok(n) => println!("sum {n}"),
        Err(e) => println!("error {e}"),
    }
    let bad = add_digits('3', 'x');
    println!("{}", bad.is_err());
    println!("{:?}", first_even(&vec![2, 3]));
}
