#[derive(Debug)]
enum Cmd { Go(u32), Stop, Say(String) }
fn main() {
    let cmds = vec![Cmd::Go(3), Cmd::Stop, Cmd::Say(String::from("hi"))];
    let stops = cmds.iter().filter(|c| matches!(c, Cmd::Stop)).count();
    let far = matches!(cmds[0], Cmd::Go(n) if n > 2);
    let c = Cmd::Say(String::from("x"));
    let said = matches!(c, Cmd::Say(_));
    println!("{} {} {} {:?}", stops, far, said, c);
}
