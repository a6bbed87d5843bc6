trait Playable {
    fn title(&self) -> &str;
    fn duration_secs(&self) -> u32;

    fn play(&self) {
        println!("Now playing: {} ({}s)", self.title(), self.duration_secs());
    }
}

struct Song {
    name: String,
    artist: String,
    seconds: u32,
}

struct Podcast {
    episode: String,
    minutes: u32,
}

impl Playable for Song {
    fn title(&self) -> &str {
        &self.name
    }
    fn duration_secs(&self) -> u32 {
        self.seconds
    }
    fn play(&self) {
        println!("Now playing: {} by {}", self.name, self.artist);
    }
}

impl Playable for Podcast {
    fn title(&self) -> &str {
        &self.episode
    }
    fn duration_secs(&self) -> u32 {
        self.minutes * 60
    }
}

fn play_twice(media: &dyn Playable) {
    media.play();
    media.play();
}

fn main() {
    let song = Song { name: String::from("Clocks"), artist: String::from("Coldplay"), seconds: 307 };
    let show = Podcast { episode: String::from("Rust Weekly #12"), minutes: 42 };

    play_twice(&song);
    play_twice(&show);

    let queue: Vec<&dyn Playable> = vec![&song, &show];
    let total: u32 = queue.iter().map(|m| m.duration_secs()).sum();
    println!("Queue length: {} seconds", total);
}
