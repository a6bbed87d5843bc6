struct Label {
    text: String,
    size: u32,
}

struct Parcel {
    label: Label,
    owner: String,
}

fn main() {
    let parcel = Parcel {
        label: Label { text: String::from("fragile"), size: 12 },
        owner: String::from("kim"),
    };
    let text = parcel.label.text;
    println!("{} {} {}", text, parcel.label.size, parcel.owner);
    let label = parcel.label;
    println!("{}", label.size);
}
