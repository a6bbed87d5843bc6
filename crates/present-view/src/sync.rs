//! The deck's two windows in step: the presenter's (`#/present/N`) and the speaker's
//! (`#/speaker`) tell each other about slides on a `BroadcastChannel`, and, in a browser
//! without one, through the `storage` event of `localStorage`. A note is a short string:
//! `showing:3` (the deck shows slide 3), `state:3:step=5&code=…` (slide 3's widget now shows
//! what its page's query `step=5&code=…` would: the presenter stepped or edited it), `go:4`
//! (the speaker asks for slide 4), `hello` (a speaker window opened and asks what is
//! showing).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// The channel's name, and the storage key of the fallback.
const CHANNEL: &str = "why-rust-present";

/// What one window tells the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The deck shows slide N (1-based).
    Showing(usize),
    /// Slide N's widget (1-based) shows what its page's `query` would (a
    /// [`ui::url_state::STATE_EVENT`]'s); at most [`why_rust::deck::MAX_STATE`] characters.
    State(usize, String),
    /// The speaker asks the deck for slide N (1-based).
    Go(usize),
    /// A speaker window opened: the deck answers with what it shows.
    Hello,
}

impl Note {
    fn text(&self) -> String {
        match self {
            Note::Showing(n) => format!("showing:{n}"),
            Note::State(n, query) => format!("state:{n}:{query}"),
            Note::Go(n) => format!("go:{n}"),
            Note::Hello => "hello".into(),
        }
    }

    /// Reads a note; anything else (another site's message, a stray key) is `None`.
    pub fn parse(text: &str) -> Option<Note> {
        if text == "hello" {
            return Some(Note::Hello);
        }
        let (kind, rest) = text.split_once(':')?;
        let slide = |n: &str| n.parse().ok().filter(|n| (1..10_000).contains(n));
        match kind {
            "showing" => Some(Note::Showing(slide(rest)?)),
            "go" => Some(Note::Go(slide(rest)?)),
            "state" => {
                let (n, query) = rest.split_once(':')?;
                if query.len() > why_rust::deck::MAX_STATE {
                    return None;
                }
                Some(Note::State(slide(n)?, query.to_string()))
            }
            _ => None,
        }
    }
}

/// This window's end of the link; dropping it stops listening.
pub struct Link {
    channel: Option<web_sys::BroadcastChannel>,
    _listeners: Vec<EventListener>,
}

impl Link {
    /// Opens the link; `on_note` hears each note the other window sends.
    pub fn open(on_note: impl Fn(Note) + Clone + 'static) -> Link {
        let mut listeners = Vec::new();
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        if let Some(channel) = &channel {
            let on_note = on_note.clone();
            listeners.push(EventListener::new(channel, "message", move |event| {
                let note = event
                    .dyn_ref::<web_sys::MessageEvent>()
                    .and_then(|e| e.data().as_string())
                    .and_then(|text| Note::parse(&text));
                if let Some(note) = note {
                    on_note(note);
                }
            }));
        } else if let Some(window) = ui::window() {
            listeners.push(EventListener::new(&window, "storage", move |event| {
                let note = event
                    .dyn_ref::<web_sys::StorageEvent>()
                    .filter(|e| e.key().as_deref() == Some(CHANNEL))
                    .and_then(|e| e.new_value())
                    .and_then(|value| {
                        // The stamp after the note makes each write a change.
                        value
                            .split_once('@')
                            .and_then(|(text, _)| Note::parse(text))
                    });
                if let Some(note) = note {
                    on_note(note);
                }
            }));
        }
        Link {
            channel,
            _listeners: listeners,
        }
    }

    /// Tells the other window.
    pub fn send(&self, note: &Note) {
        match &self.channel {
            Some(channel) => {
                let _ = channel.post_message(&note.text().into());
            }
            None => {
                let storage = ui::window().and_then(|w| w.local_storage().ok().flatten());
                if let Some(storage) = storage {
                    let stamp = js_sys::Date::now() as u64;
                    let _ = storage.set_item(CHANNEL, &format!("{}@{stamp}", note.text()));
                }
            }
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Note;

    #[test]
    fn notes_read_what_they_write_and_nothing_else() {
        for note in [
            Note::Showing(3),
            Note::Go(1),
            Note::Hello,
            Note::State(4, "step=5&code=fn+main%28%29+%7B%7D".into()),
            Note::State(2, String::new()),
        ] {
            assert_eq!(Note::parse(&note.text()), Some(note.clone()));
        }
        for bad in [
            "",
            "showing",
            "showing:",
            "showing:0",
            "go:-1",
            "go:2.5",
            "jump:3",
            "hello:1",
            "state:3",
            "state:0:metric=time",
            "state:x:metric=time",
        ] {
            assert_eq!(Note::parse(bad), None, "{bad}");
        }
        let long = format!("state:1:code={}", "x".repeat(why_rust::deck::MAX_STATE));
        assert_eq!(Note::parse(&long), None, "a state longer than a deck keeps");
    }
}
