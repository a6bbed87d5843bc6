//! The speaker's view (`#/speaker`, opened by S in the deck): the slide shown and the next
//! one (each drawn small: the one shown as the presenter has stepped or edited it, the next
//! at its prepared start), with their notes, a clock and the time since the talk began
//! (pause, reset), kept in
//! step with the deck's window both ways (`sync.rs`): the deck's keys for moving move it from
//! here too.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::state::{on_key, DeckState, Effect};
use crate::sync::{Link, Note};

/// The talk's timer: when it started (ms since the epoch), and, paused, since when.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Timer {
    started: f64,
    paused: Option<f64>,
}

impl Timer {
    fn new(now: f64) -> Timer {
        Timer {
            started: now,
            paused: None,
        }
    }

    /// Whole seconds run at `now`.
    fn seconds(self, now: f64) -> u64 {
        let until = self.paused.unwrap_or(now);
        ((until - self.started).max(0.0) / 1000.0) as u64
    }

    /// Paused, or running again from where it stopped.
    fn toggled(self, now: f64) -> Timer {
        match self.paused {
            Some(at) => Timer {
                started: self.started + (now - at),
                paused: None,
            },
            None => Timer {
                paused: Some(now),
                ..self
            },
        }
    }
}

/// `seconds` as `mm:ss`, or `h:mm:ss` from an hour on.
fn clock_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// The speaker's view.
#[component]
pub fn Speaker() -> Html {
    // The same deck as the deck's window: its address carries the same `deck=`.
    let opened = crate::present::use_opened();
    let slides = &opened.slides;
    let count = slides.len();
    // The deck's slide, once it has said (it answers the hello sent on opening).
    let showing = use_state(|| None::<usize>);
    // What the shown slide's widget shows as the presenter changed it: (slide, its page's
    // query), from the deck's window.
    let live = use_state(|| None::<(usize, String)>);
    let timer = use_state(|| Timer::new(js_sys::Date::now()));
    let now = use_state(js_sys::Date::now);
    let link = use_mut_ref(|| None::<Link>);
    {
        let (link, showing, live) = (link.clone(), showing.clone(), live.clone());
        use_effect_with((), move |_| {
            let opened = Link::open(move |note| match note {
                Note::Showing(n) => showing.set(Some(n)),
                Note::State(n, query) => live.set(Some((n, query))),
                Note::Go(_) | Note::Hello => {}
            });
            opened.send(&Note::Hello);
            *link.borrow_mut() = Some(opened);
            move || drop(link.borrow_mut().take())
        });
    }
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(1000, move || now.set(js_sys::Date::now()));
            move || drop(tick)
        });
    }
    let slide = showing.unwrap_or(1).clamp(1, count);
    let go = {
        let link = link.clone();
        move |to: usize| {
            if let Some(l) = link.borrow().as_ref() {
                l.send(&Note::Go(to.clamp(1, count)));
            }
        }
    };
    let onkeydown = {
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| {
            // The deck's own keys for moving (→ ← Space PageUp PageDown Home End); the rest
            // (the overview, the black screen, …) belong to the deck's window.
            let moves = on_key(&DeckState::default(), &e.key(), slide, count);
            if let (None, Some(Effect::Go(to))) = moves {
                e.prevent_default();
                go(to);
            }
        })
    };
    let toggle = {
        let timer = timer.clone();
        Callback::from(move |_: MouseEvent| timer.set(timer.toggled(js_sys::Date::now())))
    };
    let reset = {
        let timer = timer.clone();
        Callback::from(move |_: MouseEvent| timer.set(Timer::new(js_sys::Date::now())))
    };
    let (prev, next) = {
        let (a, b) = (go.clone(), go);
        (
            Callback::from(move |_: MouseEvent| a(slide.saturating_sub(1).max(1))),
            Callback::from(move |_: MouseEvent| b(slide + 1)),
        )
    };
    let date = js_sys::Date::new(&(*now).into());
    let clock = format!("{:02}:{:02}", date.get_hours(), date.get_minutes());
    let part = |n: usize, label: &str, class: &'static str| match slides.get(n - 1) {
        Some(s) => {
            // The slide as the room sees it: at its start, or as the presenter has changed
            // it; drawn again (a new key) at each change.
            let state = live.as_ref().filter(|(at, _)| *at == n).map(|(_, q)| q);
            let shown = state.map(|q| s.with_state(q));
            let key = format!("{n}?{}", state.map_or("", |q| q.as_str()));
            html! {
                <section class={class} aria-label={format!("{label}: slide {n}")}>
                    <h2>{ format!("{label}: {}", s.title) }</h2>
                    <p class="speaker-note">{ ui::components::inline_code(&s.note) }</p>
                    // Small and inert: a picture.
                    <div class="speaker-slide" inert={true}>
                        <div class="present-body" {key}>{ crate::present::body(shown.as_ref().unwrap_or(s)) }</div>
                    </div>
                </section>
            }
        }
        None => html! {
            <section class={class}><h2>{ format!("{label}: the end of the deck") }</h2></section>
        },
    };
    html! {
        <main id="main" class="speaker" data-slide={slide.to_string()} tabindex="-1" {onkeydown}>
            <h1 class="sr-only">{ "Speaker view" }</h1>
            <header class="speaker-bar">
                <span class="speaker-count" aria-live="polite">
                    { if showing.is_some() { format!("Slide {slide} of {count}") } else { "Waiting for the deck…".to_string() } }
                </span>
                <span class="speaker-clock" aria-label="Time of day">{ clock }</span>
                <span class="speaker-timer" aria-label="Time since the start" data-paused={timer.paused.is_some().then_some("true")}>
                    { clock_text(timer.seconds(*now)) }
                </span>
                <button type="button" onclick={toggle}>{ if timer.paused.is_some() { "Resume" } else { "Pause" } }</button>
                <button type="button" onclick={reset}>{ "Reset" }</button>
            </header>
            { part(slide, "Now", "speaker-now") }
            { part(slide + 1, "Next", "speaker-next") }
            <nav class="present-nav" aria-label="Slides">
                <button type="button" onclick={prev} disabled={slide == 1}>{ "← Previous" }</button>
                <span class="hint">{ "← → move the deck in the other window" }</span>
                <button type="button" onclick={next} disabled={slide == count}>{ "Next →" }</button>
            </nav>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_counts_pauses_and_resumes_from_where_it_stopped() {
        let t = Timer::new(1_000.0);
        assert_eq!(t.seconds(63_500.0), 62);
        let paused = t.toggled(10_000.0);
        assert_eq!(paused.seconds(50_000.0), 9, "a paused timer stands still");
        let resumed = paused.toggled(40_000.0);
        assert_eq!(resumed.seconds(41_000.0), 10);
        assert_eq!(clock_text(62), "01:02");
        assert_eq!(clock_text(3_725), "1:02:05");
    }
}
