fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    |name| format!("{}, {}!", greeting, name)
}

fn greet_all(names: &[&str], greeter: impl Fn(&str) -> String) {
    for n in names {
        println!("{}", greeter(n));
    }
}

fn main() {
    let hello = make_greeter(String::from("Hello"));
    let howdy = make_greeter(String::from("Howdy"));
    greet_all(&["Ferris", "Corro"], hello);
    println!("{}", howdy("partner"));
}
