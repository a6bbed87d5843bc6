#[derive(Debug)]
enum OrderState {
    Placed { item: String },
    Shipped { item: String, tracking: u32 },
    Delivered,
}

fn label(state: &OrderState) -> &str {
    match state {
        OrderState::Placed { item } => item,
        OrderState::Shipped { item, .. } => item,
        OrderState::Delivered => "done",
    }
}

fn main() {
    let mut state = OrderState::Placed { item: String::from("lamp") };
    let what = label(&state);
    state = OrderState::Shipped { item: String::from("lamp"), tracking: 4411 };
    println!("shipping {}", what);
    if let OrderState::Shipped { tracking, .. } = &state {
        println!("tracking number {}", tracking);
    }
    state = OrderState::Delivered;
    println!("{:?}", state);
}
