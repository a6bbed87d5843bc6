fn main() {
    let mut playlist = vec![
        String::from("intro"),
        String::from("verse"),
        String::from("chorus"),
    ];

    // every chorus should be played twice
    for song in &playlist {
        if song == "chorus" {
            playlist.push(song.clone());
        }
    }
    println!("{:?}", playlist);
}
