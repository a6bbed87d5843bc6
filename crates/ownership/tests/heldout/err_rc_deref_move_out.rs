use std::rc::Rc;

#[derive(Debug)]
struct Song {
    title: String,
    seconds: u32,
}

fn main() {
    let song = Rc::new(Song { title: String::from("Blue in Green"), seconds: 337 });
    let playlist_a = vec![Rc::clone(&song)];
    let playlist_b = vec![Rc::clone(&song), Rc::clone(&song)];

    println!("shared by {} owners", Rc::strong_count(&song));
    let title = song.title;
    println!("now playing {}", title);
    println!("{} + {} entries", playlist_a.len(), playlist_b.len());
}
