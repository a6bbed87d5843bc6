fn main() {
    let maybe = Some(String::from("gift"));
    let gift = maybe.unwrap();
    println!("{gift}");
    if maybe.is_some() {
        println!("still here");
    }
}
