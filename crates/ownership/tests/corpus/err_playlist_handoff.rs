// Mistake: handing the playlist to `play_all` while `opener` still borrows one song.
// Fix: clone the song you want to keep, or finish using `opener` before the move.
fn play_all(songs: Vec<String>) -> usize {
    songs.len()
}

fn main() {
    let songs = vec![String::from("Intro"), String::from("Finale")];
    let opener = &songs[0];
    let played = play_all(songs);
    println!("opened with {} and played {}", opener, played);
}
