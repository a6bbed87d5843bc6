fn read_pin(input: &str) -> Result<String, String> {
    if input.len() == 4 && input.chars().all(|c| c.is_ascii_digit()) {
        Ok(input.to_string())
    } else {
        Err(format!("{:?} is not a 4 digit pin", input))
    }
}

fn main() {
    let attempts = ["12a4", "9876"];
    for a in attempts {
        let result = read_pin(a);
        let shown = result.clone().unwrap_or_else(|e| e);
        println!("{}", shown);
        if result.is_ok() {
            let pin = result.unwrap();
            println!("pin accepted: {}", pin);
        }
        match result {
            Ok(_) => println!("logging success"),
            Err(e) => println!("logging failure: {}", e),
        }
    }
}
