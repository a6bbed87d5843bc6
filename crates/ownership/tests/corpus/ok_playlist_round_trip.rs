// Lesson: a function can take ownership and hand the value back as its return value.
// We rebind the returned Vec, so the playlist is usable again.
fn add_song(mut playlist: Vec<String>, title: &str) -> Vec<String> {
    playlist.push(title.to_string());
    playlist
}

fn main() {
    let playlist: Vec<String> = Vec::new();
    let playlist = add_song(playlist, "Blue Train");
    let playlist = add_song(playlist, "So What");
    println!("{} songs queued", playlist.len());
}
