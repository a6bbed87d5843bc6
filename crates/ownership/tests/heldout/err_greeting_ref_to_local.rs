fn greeting<'a>(name: &'a str, formal: bool) -> &'a str {
    if formal {
        let text = format!("Good evening, {}.", name);
        return &text;
    }
    name
}

fn main() {
    let guests = ["Dr. Who", "Amy", "Rory"];
    for (i, g) in guests.iter().enumerate() {
        // only the first guest gets the formal greeting
        let formal = i == 0;
        println!("{}", greeting(g, formal));
    }
    println!("{} guests greeted", guests.len());
}
