struct Label {
    text: String,
    size: u32,
}

struct Parcel {
    label: Label,
    owner: String,
}

fn main() {
    let mut parcel = Parcel {
        label: Label { text: String::from("fragile"), size: 12 },
        owner: String::from("kim"),
    };
    let label = parcel.label;
    parcel.label.size = 14;
    println!("{} {}", label.text, parcel.owner);
}
