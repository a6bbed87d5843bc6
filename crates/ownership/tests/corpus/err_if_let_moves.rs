enum Parcel {
    Letter(String),
    Nothing,
}

fn main() {
    let p = Parcel::Letter(String::from("hi"));
    if let Parcel::Letter(text) = p {
        println!("{text}");
    }
    if let Parcel::Letter(text) = &p {
        println!("{text}");
    }
    let n = Parcel::Nothing;
    if let Parcel::Nothing = n {
        println!("empty");
    }
}
