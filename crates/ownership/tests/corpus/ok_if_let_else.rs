enum Parcel {
    Letter(String),
    Nothing,
}

fn main() {
    let p = Parcel::Letter(String::from("hi"));
    if let Parcel::Letter(text) = &p {
        println!("{text}");
    } else {
        println!("nothing");
    }
    let n = Parcel::Nothing;
    let len = if let Parcel::Letter(t) = n { t.len() } else { 0 };
    println!("{len}");
    if let Parcel::Letter(t) = p {
        println!("{t}");
    }
}
