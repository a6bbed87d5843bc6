//! Decks: the slides a presenter shows — the default deck, built from the widget registry, or
//! their own — and how a deck travels in a link: `#/present?deck=<lz-string, URI-safe>`.
//!
//! A deck's text form is one line per slide, each line a URL query (`form_urlencoded`):
//! `w=` the widget's slug, or `title` for a title slide; `t=` its heading; `n=` its note; `p=`
//! a point of a title slide (repeated); `s.<key>=` a pair of the widget's start (`s.query=`: the
//! state of the widget's own page, `metric=time&scale=log`). That text is compressed with
//! lz-string's `compressToEncodedURIComponent`, as the ownership visualizer's share link is.
//!
//! A bad link (undecodable, cut off, over-long, a widget this site does not have) is refused
//! as a whole with a message; nothing here can panic. The editor's state and its actions
//! ([`DeckEditor`]) are here too, as plain values.

use std::rc::Rc;

use yew::Reducible;

use crate::registry::pairs;
use crate::route::Widget;

/// Longest `deck=` value read, in characters: refused before decompressing it, which also
/// bounds the work lz-string does on a hostile link.
pub const MAX_DECK_PARAM: usize = 16_000;
/// Most slides a deck may have.
pub const MAX_SLIDES: usize = 60;
/// Longest heading, point or start value kept, in characters; longer ones are cut.
pub const MAX_LINE: usize = 200;
/// Longest note, in characters; a longer one is cut.
pub const MAX_NOTE: usize = 1_000;
/// Most points on a title slide.
pub const MAX_POINTS: usize = 12;
/// Longest widget state (`s.query=`), in characters: a longer one is refused, as the widget's
/// own page would refuse it.
pub const MAX_STATE: usize = 16_000;

/// The `w=` of a title slide.
const TITLE_KIND: &str = "title";

/// One slide: a heading, the speaker's note, and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckSlide {
    pub title: String,
    /// Shown under the heading and in the speaker's view; `code` in backticks is set as code.
    pub note: String,
    pub body: Body,
}

/// What a slide shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// A heading and points, written by the presenter (the default deck opens with one).
    Title { points: Vec<String> },
    /// A widget at a start: the registry's pairs (`preset`, `step`), or, for a slide added
    /// from a widget's page, `[("query", <that page's query>)]`.
    Widget {
        widget: Widget,
        start: Vec<(String, String)>,
    },
}

impl DeckSlide {
    /// A slide showing `widget` as its own page showed it with `query` (`metric=time`), titled
    /// as the widget is: what "Add to deck" adds.
    pub fn from_page(widget: Widget, query: &str) -> DeckSlide {
        let query = page_state(query);
        DeckSlide {
            title: widget.title().to_string(),
            note: String::new(),
            body: Body::Widget {
                widget,
                start: if query.is_empty() {
                    Vec::new()
                } else {
                    vec![("query".into(), query)]
                },
            },
        }
    }

    /// This slide with its widget showing what the widget's page would with `query` (a
    /// `ui::url_state::STATE_EVENT`'s): the start's other pairs stay, as the defaults the
    /// query's missing fields fall back to. A title slide is returned as it is.
    pub fn with_state(&self, query: &str) -> DeckSlide {
        let mut slide = self.clone();
        if let Body::Widget { start, .. } = &mut slide.body {
            start.retain(|(key, _)| key != "query");
            start.push(("query".into(), query.to_string()));
        }
        slide
    }

    /// A new title slide.
    pub fn title_slide() -> DeckSlide {
        DeckSlide {
            title: "A heading of your own".into(),
            note: String::new(),
            body: Body::Title {
                points: vec!["A point".into()],
            },
        }
    }
}

/// A page's query (`metric=time&theme=dark`) without the options that are not the widget's
/// state (`theme=`, `controls=`), as a slide keeps it.
pub fn page_state(query: &str) -> String {
    let kept = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .filter(|(k, _)| !matches!(k.as_ref(), "theme" | "controls"));
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish()
}

/// The default deck: an opening slide, then each widget's slides from the registry, in page
/// order.
pub fn default_deck() -> Vec<DeckSlide> {
    let opening = DeckSlide {
        title: "Why Rust?".into(),
        note: "Fast like C, memory-safe like a garbage-collected language (outside unsafe code and foreign C libraries), without the garbage collector. Everything on the next slides runs in this browser tab.".into(),
        body: Body::Title {
            points: [
                "A Rust module that JavaScript calls like its own code",
                "A borrow checker you can type into",
                "The measured energy of 27 languages",
                "An honest answer to “should we use Rust?”",
            ]
            .map(String::from)
            .to_vec(),
        },
    };
    let widgets = Widget::all().flat_map(|widget| {
        widget.entry().slides.iter().map(move |s| DeckSlide {
            title: s.title.into(),
            note: s.note.into(),
            body: Body::Widget {
                widget,
                start: pairs(s.start),
            },
        })
    });
    std::iter::once(opening).chain(widgets).collect()
}

/// `slides` as text, one line a slide: what a `deck=` value compresses, and how the deck
/// being built is kept in the browser (uncompressed, so that "Add to deck" on a widget's page
/// needs no compressor).
pub fn to_text(slides: &[DeckSlide]) -> String {
    slides.iter().map(line).collect::<Vec<_>>().join("\n")
}

/// `slides` as a `deck=` value. Errors: the link would be longer than [`MAX_DECK_PARAM`]
/// (the deck could not be opened from it), or the deck is empty or over [`MAX_SLIDES`].
pub fn encode(slides: &[DeckSlide]) -> Result<String, String> {
    if slides.is_empty() {
        return Err("The deck has no slides.".into());
    }
    if slides.len() > MAX_SLIDES {
        return Err(format!("A deck has at most {MAX_SLIDES} slides."));
    }
    let param = lz_str::compress_to_encoded_uri_component(&to_text(slides));
    if param.len() > MAX_DECK_PARAM {
        return Err(format!(
            "The deck is too long for a link ({} characters compressed; at most {MAX_DECK_PARAM}).",
            param.len()
        ));
    }
    Ok(param)
}

/// One slide's line.
fn line(slide: &DeckSlide) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    match &slide.body {
        Body::Title { .. } => out.append_pair("w", TITLE_KIND),
        Body::Widget { widget, .. } => out.append_pair("w", widget.slug()),
    };
    out.append_pair("t", &slide.title);
    if !slide.note.is_empty() {
        out.append_pair("n", &slide.note);
    }
    match &slide.body {
        Body::Title { points } => {
            for p in points {
                out.append_pair("p", p);
            }
        }
        Body::Widget { start, .. } => {
            for (k, v) in start {
                out.append_pair(&format!("s.{k}"), v);
            }
        }
    }
    out.finish()
}

/// The deck in a `deck=` value. Errors, in words for a notice: over-long, not a compressed
/// deck (a link cut off), no slides or too many, a slide with no widget or one this site does
/// not have, a widget state over [`MAX_STATE`].
pub fn decode(param: &str) -> Result<Vec<DeckSlide>, String> {
    if param.len() > MAX_DECK_PARAM {
        return Err(format!(
            "This deck link is too long ({} characters; at most {MAX_DECK_PARAM}).",
            param.len()
        ));
    }
    let text = lz_str::decompress_from_encoded_uri_component(param)
        .and_then(|units| String::from_utf16(&units).ok())
        .filter(|t| !t.is_empty())
        .ok_or("This deck link could not be read (it may be cut off).")?;
    from_text(&text)
}

/// The deck in `text` ([`to_text`]). Errors: as [`decode`]'s, but for what it decompressed.
pub fn from_text(text: &str) -> Result<Vec<DeckSlide>, String> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return Err("This deck link holds no slides.".into());
    }
    if lines.len() > MAX_SLIDES {
        return Err(format!(
            "This deck link has {} slides; a deck has at most {MAX_SLIDES}.",
            lines.len()
        ));
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            read_line(l).map_err(|why| format!("Slide {} of this deck link {why}", i + 1))
        })
        .collect()
}

/// One slide from its line. Errors: the end of a sentence that begins "Slide N of this deck
/// link …".
fn read_line(line: &str) -> Result<DeckSlide, String> {
    let (mut kind, mut title, mut note) = (None, String::new(), String::new());
    let (mut points, mut start) = (Vec::new(), Vec::new());
    for (key, value) in form_urlencoded::parse(line.as_bytes()) {
        match key.as_ref() {
            "w" => kind = Some(value.into_owned()),
            "t" => title = cut(&value, MAX_LINE),
            "n" => note = cut(&value, MAX_NOTE),
            "p" if points.len() < MAX_POINTS => points.push(cut(&value, MAX_LINE)),
            k => {
                if let Some(k) = k.strip_prefix("s.") {
                    if value.chars().count() > MAX_STATE {
                        return Err("holds a widget state too long to open.".into());
                    }
                    start.push((k.to_string(), value.into_owned()));
                }
            }
        }
    }
    let body = match kind.as_deref() {
        None => return Err("names no widget.".into()),
        Some(TITLE_KIND) => Body::Title { points },
        Some(slug) => Body::Widget {
            widget: slug.parse().map_err(|_| {
                format!(
                    "names a widget this site does not have (“{}”).",
                    ui::components::clip(slug)
                )
            })?,
            start,
        },
    };
    Ok(DeckSlide { title, note, body })
}

/// `text` cut to `max` characters.
fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// Whether `adding` more slides fit after `slides`. Errors: the deck would pass
/// [`MAX_SLIDES`], in words. ("Add to deck" checks with it too, without the editor.)
pub fn room_for(slides: &[DeckSlide], adding: usize) -> Result<(), String> {
    if slides.len() + adding <= MAX_SLIDES {
        Ok(())
    } else {
        Err(format!("A deck has at most {MAX_SLIDES} slides."))
    }
}

/// The deck a presenter is building, with their edits (the "Your deck" page).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DeckEditor {
    pub slides: Vec<DeckSlide>,
    /// What the last action could not do, for the visitor to read (a full deck).
    pub notice: Option<String>,
}

/// An edit of the deck. Indexes count from 0; an index past the end does nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum DeckEdit {
    /// Replaces the whole deck (read from storage or a link).
    Load(Vec<DeckSlide>),
    /// Adds a slide at the end.
    Add(DeckSlide),
    /// Adds the default deck's slides at the end.
    AddDefault,
    /// Swaps slide `i` with the one before it.
    MoveUp(usize),
    /// Swaps slide `i` with the one after it.
    MoveDown(usize),
    Remove(usize),
    SetTitle(usize, String),
    SetNote(usize, String),
    /// A title slide's points, one a line (blank lines dropped).
    SetPoints(usize, String),
    Clear,
}

impl Reducible for DeckEditor {
    type Action = DeckEdit;

    fn reduce(self: Rc<Self>, edit: DeckEdit) -> Rc<Self> {
        let mut deck = (*self).clone();
        deck.notice = None;
        let n = deck.slides.len();
        let room = |deck: &mut DeckEditor, adding: usize| {
            let fits = room_for(&deck.slides, adding);
            deck.notice = fits.clone().err();
            fits.is_ok()
        };
        match edit {
            DeckEdit::Load(slides) => deck.slides = slides,
            DeckEdit::Add(slide) if room(&mut deck, 1) => deck.slides.push(slide),
            DeckEdit::AddDefault => {
                let default = default_deck();
                if room(&mut deck, default.len()) {
                    deck.slides.extend(default);
                }
            }
            DeckEdit::MoveUp(i) if i > 0 && i < n => deck.slides.swap(i - 1, i),
            DeckEdit::MoveDown(i) if i + 1 < n => deck.slides.swap(i, i + 1),
            DeckEdit::Remove(i) if i < n => {
                deck.slides.remove(i);
            }
            DeckEdit::SetTitle(i, text) if i < n => deck.slides[i].title = cut(&text, MAX_LINE),
            DeckEdit::SetNote(i, text) if i < n => deck.slides[i].note = cut(&text, MAX_NOTE),
            DeckEdit::SetPoints(i, text) if i < n => {
                if let Body::Title { points } = &mut deck.slides[i].body {
                    *points = text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .take(MAX_POINTS)
                        .map(|l| cut(l, MAX_LINE))
                        .collect();
                }
            }
            DeckEdit::Clear => deck.slides.clear(),
            _ => {}
        }
        Rc::new(deck)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn energy() -> Widget {
        "energy".parse().unwrap()
    }

    fn custom() -> Vec<DeckSlide> {
        vec![
            DeckSlide {
                title: "Our talk & its “title”".into(),
                note: "Say hello.\nThen `go`.".into(),
                body: Body::Title {
                    points: vec!["one = 1".into(), "two & three".into()],
                },
            },
            DeckSlide::from_page(energy(), "metric=time&scale=log&theme=dark"),
        ]
    }

    #[test]
    fn a_deck_comes_back_from_its_link() {
        for deck in [custom(), default_deck()] {
            assert_eq!(from_text(&to_text(&deck)).unwrap(), deck);
            let param = encode(&deck).unwrap();
            assert!(param
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-$".contains(c)));
            assert_eq!(decode(&param).unwrap(), deck);
        }
    }

    #[test]
    fn a_slide_from_a_page_keeps_its_state_but_not_the_embed_options() {
        let slide = DeckSlide::from_page(energy(), "?metric=time&theme=dark&controls=0&hl=Go");
        assert_eq!(
            slide.body,
            Body::Widget {
                widget: energy(),
                start: vec![("query".into(), "metric=time&hl=Go".into())]
            }
        );
        assert_eq!(slide.title, energy().title());
        let bare = DeckSlide::from_page(energy(), "theme=light");
        assert_eq!(
            bare.body,
            Body::Widget {
                widget: energy(),
                start: vec![]
            }
        );
    }

    #[test]
    fn a_slide_with_a_live_state_keeps_its_defaults_and_takes_the_new_query() {
        let slide = DeckSlide {
            title: "Moves".into(),
            note: String::new(),
            body: Body::Widget {
                widget: "ownership".parse().unwrap(),
                start: vec![
                    ("preset".into(), "Move".into()),
                    ("query".into(), "step=1".into()),
                ],
            },
        };
        let live = slide.with_state("step=6");
        assert_eq!(live.title, slide.title);
        let Body::Widget { start, .. } = &live.body else {
            panic!("a widget slide stays one");
        };
        assert_eq!(
            start,
            &vec![
                ("preset".to_string(), "Move".to_string()),
                ("query".to_string(), "step=6".to_string())
            ]
        );
        let title = DeckSlide::title_slide();
        assert_eq!(title.with_state("step=6"), title);
    }

    #[test]
    fn the_default_deck_opens_then_follows_the_registry() {
        let deck = default_deck();
        assert!(matches!(deck[0].body, Body::Title { .. }));
        let registry_slides: usize = Widget::all().map(|w| w.entry().slides.len()).sum();
        assert_eq!(deck.len(), 1 + registry_slides);
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        let reason = |param: &str| decode(param).unwrap_err();
        assert!(reason("%%%").contains("could not be read"));
        assert!(reason("").contains("could not be read"));
        let cut_off = &encode(&custom()).unwrap()[..10];
        assert!(decode(cut_off).is_err());
        assert!(reason(&"A".repeat(MAX_DECK_PARAM + 1)).contains("too long"));
        let unknown = lz_str::compress_to_encoded_uri_component("w=title&t=a\nw=tetris&t=b");
        assert_eq!(
            reason(&unknown),
            "Slide 2 of this deck link names a widget this site does not have (“tetris”)."
        );
        let nameless = lz_str::compress_to_encoded_uri_component("t=a");
        assert!(reason(&nameless).contains("Slide 1"));
        let many = lz_str::compress_to_encoded_uri_component(
            &vec!["w=title&t=x"; MAX_SLIDES + 1].join("\n"),
        );
        assert!(reason(&many).contains("at most"));
    }

    #[test]
    fn long_texts_are_cut_and_long_decks_refused() {
        let mut deck = custom();
        deck[0].title = "x".repeat(MAX_LINE * 2);
        deck[0].note = "y".repeat(MAX_NOTE * 2);
        let back = decode(&encode(&deck).unwrap()).unwrap();
        assert_eq!(back[0].title.len(), MAX_LINE);
        assert_eq!(back[0].note.len(), MAX_NOTE);
        assert!(encode(&[]).is_err());
        let too_many = vec![DeckSlide::title_slide(); MAX_SLIDES + 1];
        assert!(encode(&too_many).unwrap_err().contains("at most"));
    }

    #[test]
    fn the_editor_reorders_edits_and_stays_in_bounds() {
        let edit = |deck: Rc<DeckEditor>, e| deck.reduce(e);
        let mut deck = Rc::new(DeckEditor::default());
        deck = edit(deck, DeckEdit::Load(custom()));
        deck = edit(deck, DeckEdit::MoveUp(1));
        assert_eq!(deck.slides[0].title, energy().title());
        deck = edit(deck, DeckEdit::MoveUp(0));
        deck = edit(deck, DeckEdit::MoveDown(1));
        deck = edit(deck, DeckEdit::Remove(7));
        assert_eq!(deck.slides.len(), 2);
        assert_eq!(deck.slides[0].title, energy().title());
        deck = edit(deck, DeckEdit::SetPoints(1, "  a \n\n b\n".into()));
        assert_eq!(
            deck.slides[1].body,
            Body::Title {
                points: vec!["a".into(), "b".into()]
            }
        );
        deck = edit(deck, DeckEdit::SetNote(0, "note".into()));
        assert_eq!(deck.slides[0].note, "note");
        deck = edit(deck, DeckEdit::Remove(0));
        assert_eq!(deck.slides.len(), 1);
        deck = edit(
            deck,
            DeckEdit::Load(vec![DeckSlide::title_slide(); MAX_SLIDES]),
        );
        deck = edit(deck, DeckEdit::AddDefault);
        assert_eq!(deck.slides.len(), MAX_SLIDES);
        assert!(deck.notice.is_some(), "a full deck says so");
        // "Add to deck" asks the same question of the deck it keeps.
        assert_eq!(room_for(&deck.slides, 1).err(), deck.notice);
        assert!(room_for(&deck.slides[1..], 1).is_ok());
    }
}
