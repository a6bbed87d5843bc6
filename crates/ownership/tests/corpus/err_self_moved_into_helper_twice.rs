struct Ticket {
    seat: String,
}

impl Ticket {
    fn seat(self) -> String {
        self.seat
    }

    fn print(self) {
        let seat = self.seat;
        println!("seat {seat}");
        println!("ticket for {}", self.seat);
    }
}

fn main() {
    let ticket = Ticket {
        seat: String::from("12A"),
    };
    ticket.print();
}
