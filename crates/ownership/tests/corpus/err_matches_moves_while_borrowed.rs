enum Cmd { Say(String), Stop }
fn main() {
    let c = Cmd::Say(String::from("x"));
    let mut r = &c;
    let other = Cmd::Stop;
    let m = &mut r;
    let said = matches!(c, Cmd::Say(s) if s.len() > 0);
    *m = &other;
    println!("{}", said);
}
