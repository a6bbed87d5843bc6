// Inner blocks end scopes: their variables are dropped at the `}`.
fn main() {
    let outer = String::from("outer");
    {
        let inner = String::from("inner");
        let r = &outer;
        println!("{inner} sees {r}");
    }
    let count = 3;
    let count = count + 1;
    {
        let moved = outer;
        println!("{moved} {count}");
    }
}
