struct Packet {
    id: u32,
    payload: String,
}

fn send(p: Packet) {
    println!("sent {:#x}: {}", p.id, p.payload);
}

fn main() {
    let p = Packet { id: 0xBEEF, payload: String::from("ping") };
    send(p);
    println!("packet {:08x} was sent", p.id);
}
