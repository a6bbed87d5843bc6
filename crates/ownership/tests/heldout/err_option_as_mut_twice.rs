#[derive(Debug)]
struct Playlist {
    name: String,
    songs: Vec<String>,
}

fn main() {
    let mut current: Option<Playlist> = Some(Playlist { name: String::from("road trip"), songs: vec![] });

    let list = current.as_mut().unwrap();
    list.songs.push(String::from("Highway Star"));

    let again = current.as_mut().expect("playlist exists");
    again.songs.push(String::from("Born to Run"));

    list.name.push_str(" 2024");
    println!("{:?}", current);
}
