//! The router and the page shell: header, navigation, theme, and the pages around the widgets.
//! This is the only module that knows every widget.

use yew::prelude::*;
use yew_router::history::AnyHistory;
use yew_router::prelude::*;

use crate::components::EmbedButton;
use crate::embed::EmbedFrame;
use crate::island::{DecisionStart, EnergyStart, Island, OwnershipStart, Start};
use crate::present::Present;
use crate::route::{Route, Widget};
use crate::theme;
use crate::widgets::calculator::CalculatorWidget;

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the router reads the route: the page's hash in the browser (`HashHistory`), the
    /// page being pre-rendered in the build (`MemoryHistory`).
    pub history: AnyHistory,
    /// Only in the build's pre-render: how to draw an island inside its place (an embed's
    /// widget), so that the markup shows the widget rather than only its loading line.
    #[prop_or_default]
    pub previews: Option<ui::island::Previews>,
}

/// The whole app: a router around the page shell. The build renders it natively for each
/// page (`crates/prerender`) and the browser hydrates that markup (`src/boot.rs`), so the two
/// must draw the same tree: nothing here may depend on the browser before an effect runs.
#[component]
pub fn App(props: &AppProps) -> Html {
    // A parent's effect runs after its children's: this one, once the whole first page is live.
    use_effect_with((), |_| crate::boot::live());
    html! {
        <ContextProvider<Option<ui::island::Previews>> context={props.previews.clone()}>
            <Router history={props.history.clone()}>
                <Switch<Route> render={switch} />
            </Router>
        </ContextProvider<Option<ui::island::Previews>>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Shell><Home /></Shell> },
        Route::Page { widget } => html! { <Shell><WidgetPage {widget} /></Shell> },
        Route::Embed { widget } => html! { <EmbedPage {widget} /> },
        Route::Present => html! { <Present slide={1} /> },
        Route::PresentSlide { slide } => html! { <Present {slide} /> },
        Route::NotFound => html! { <Shell><NotFound /></Shell> },
    }
}

/// The island a widget starts as, `None` for the calculator (drawn by the shell); `page` is
/// true on the widget's own page, where the energy island also shows the further evidence.
fn island(w: Widget, page: bool) -> Option<Start> {
    Some(match w {
        Widget::Calculator => return None,
        Widget::Ownership => Start::Ownership(OwnershipStart::default()),
        Widget::Energy => Start::Energy(EnergyStart {
            more_evidence: page,
            ..EnergyStart::default()
        }),
        Widget::Decision => Start::Decision(DecisionStart::default()),
    })
}

/// The island an embed of `w` starts as (the build draws it into the embed's page).
pub fn embed_island(w: Widget) -> Option<Start> {
    island(w, false)
}

/// A widget in its default state (see [`island`]).
fn widget(w: Widget, page: bool) -> Html {
    match island(w, page) {
        Some(start) => html! { <Island {start} /> },
        None => html! { <CalculatorWidget /> },
    }
}

/// What each widget shows, in a few sentences, above it.
fn explanation(w: Widget) -> Html {
    match w {
        Widget::Calculator => html! {
            <>
                <p>{ "Below is a small Rust struct compiled to WebAssembly. The page calls it the same way any JavaScript would: " }
                    <code>{ "new Calculator()" }</code>{ ", then " }<code>{ "calc.add(5)" }</code>{ " and friends. Every key you press becomes one of those calls, logged as it happens." }</p>
                <p>{ "Unlike a JavaScript number, the value is a 32-bit integer, and the arithmetic is checked: an overflow or a division by zero does not wrap around silently, it throws an " }
                    <code>{ "Error" }</code>{ " and the value stays where it was." }</p>
            </>
        },
        Widget::Ownership => html! {
            <>
                <p>{ "Every value in Rust has exactly one owner. You can lend it out to many readers or to one writer, never both at once, and it is freed when its owner goes out of scope. The compiler checks all of this before the program runs." }</p>
                <p>{ "Type a little Rust below. The checker runs in your browser on every keystroke, with no compiler server, and reports the same error codes rustc would. Step through the program to watch owners, moves and borrows." }</p>
            </>
        },
        Widget::Energy => html! {
            <>
                <p>{ ENERGY_INTRO }{ " (" }<a href={PAPER_URL}>{ "Pereira et al., Science of Computer Programming 205, 2021" }</a>{ ")." }</p>
                <p>{ ENERGY_READING }</p>
            </>
        },
        Widget::Decision => html! {
            <>
                <p>{ "Rust is the right tool for many jobs and the wrong tool for some. Pick the kind of project you have in mind, or move the weights yourself, and the matrix ranks seven options on the criteria that matter for it, or answer a few questions instead." }</p>
                <p>{ "When another language fits better, it says so." }</p>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct EmbedPageProps {
    widget: Widget,
}

/// A widget alone, for iframes: no site navigation, and the embedding protocol (`embed.rs`).
#[component]
fn EmbedPage(props: &EmbedPageProps) -> Html {
    let w = props.widget;
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    html! {
        <EmbedFrame widget={w.slug()} query={query}>
            <h1 class="embed-title">{ w.title() }</h1>
            // The widgets' own headings are level 3; this keeps the outline unbroken.
            <h2 class="sr-only">{ "Try it" }</h2>
            { widget(w, false) }
        </EmbedFrame>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    children: Html,
}

/// Header, navigation and footer around a page.
#[component]
fn Shell(props: &ShellProps) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <Header />
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer">
                <p>{ "Why Rust runs entirely in your browser: the calculator, the checker and the charts are Rust compiled to WebAssembly. Figures cite their sources next to them." }</p>
            </footer>
        </>
    }
}

/// The site's header: the brand, the navigation (the current page's link marked) and the
/// theme toggle, which applies and saves the visitor's choice.
#[component]
fn Header() -> Html {
    let theme = use_state(theme::load);
    {
        let theme = *theme;
        use_effect_with(theme, move |t| theme::apply(*t));
    }
    let toggle = {
        let theme = theme.clone();
        Callback::from(move |_| theme.set(theme.next()))
    };
    let current = use_route::<Route>();
    // On a phone the links are a strip that scrolls sideways: bring the current page's into it.
    use_effect_with(current, |_| {
        let document = ui::window().and_then(|w| w.document());
        let find = |selector: &str| document.as_ref()?.query_selector(selector).ok().flatten();
        if let (Some(nav), Some(link)) =
            (find(".site-header nav"), find(".site-header nav a.current"))
        {
            let (strip, at) = (
                nav.get_bounding_client_rect(),
                link.get_bounding_client_rect(),
            );
            if at.left() < strip.left() || at.right() > strip.right() {
                let by = at.left() - strip.left() - 8.0;
                nav.set_scroll_left(nav.scroll_left() + by as i32);
            }
        }
    });
    let nav_item = |w: Widget| {
        let is_current = current == Some(w.route());
        html! {
            <li>
                <RouteLink to={w.route()} classes={classes!(is_current.then_some("current"))}>
                    { w.nav_label() }
                </RouteLink>
            </li>
        }
    };
    html! {
            <header class="site-header">
                <RouteLink to={Route::Home} classes="brand">{ "Why Rust" }</RouteLink>
                <nav aria-label="Widgets">
                    <ul>
                        { for Widget::ALL.into_iter().map(nav_item) }
                        <li><RouteLink to={Route::Present}>{ "Present" }</RouteLink></li>
                    </ul>
                </nav>
                <button type="button" class="theme-toggle" onclick={toggle}
                    aria-label={format!("{} (click to change)", theme.label())}>
                    { theme.label() }
                </button>
            </header>
    }
}

/// With hash routing, `href="#main"` would be read as a route; move focus by hand instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = ui::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
}

#[component]
fn Home() -> Html {
    html! {
        <>
            <Intro />
            { for Widget::ALL.into_iter().map(widget_section) }
        </>
    }
}

/// The home page's opening: its heading and the case in two paragraphs.
#[component]
fn Intro() -> Html {
    html! {
            <section class="intro">
                <h1>{ "Why Rust? Try it instead of reading about it." }</h1>
                <p class="lede">{ "For forty years, programmers chose between languages that run fast and languages that keep memory safe. Rust gives both: its compiler proves memory safety before the program runs (for all code outside unsafe blocks; what C libraries called through FFI do is theirs to get right), and the result runs about as fast as C with no garbage collector." }</p>
                <p>{ "This page makes that case with four things you can touch: a Rust module that JavaScript calls like its own code, a borrow checker you can type into, the measured cost of 27 languages, and an honest answer to whether Rust suits your project." }</p>
            </section>
    }
}

/// One widget's section of the home page: heading, embed button, explanation, the widget and
/// a link to its own page.
fn widget_section(w: Widget) -> Html {
    html! {
                <section class="widget-section" aria-labelledby={format!("{}-title", w.slug())}>
                    <div class="section-head">
                        <h2 id={format!("{}-title", w.slug())}>{ w.title() }</h2>
                        <EmbedButton widget={w} />
                    </div>
                    { explanation(w) }
                    { widget(w, false) }
                    <p class="more"><RouteLink to={w.route()}>{ format!("Open “{}” on its own page", w.nav_label()) }</RouteLink></p>
                </section>
    }
}

#[derive(Properties, PartialEq)]
struct WidgetPageProps {
    widget: Widget,
}

/// The energy page's first paragraph (the figures are Table 4's, checked by a test).
const ENERGY_INTRO: &str = "In 2017, researchers measured 27 languages on one machine, each running its own implementations of the same ten benchmark problems, and recorded the energy each used, how long it ran and how much memory it took. The figures are relative: C is 1.00 for energy and time, Pascal is 1.00 for memory";

/// How to read the chart, in Table 4's own numbers (checked by a test).
const ENERGY_READING: &str = "Rust sits next to C, at 1.03 times its energy. The order is not simply compiled against interpreted: Java, on a virtual machine, is 5th, ahead of seven compiled languages. Read the caveats beside the chart before quoting a number.";

/// The paper behind Table 4.
const PAPER_URL: &str = "https://doi.org/10.1016/j.scico.2021.102609";

#[component]
fn WidgetPage(props: &WidgetPageProps) -> Html {
    let w = props.widget;
    html! {
        <section class="widget-page">
            <div class="section-head">
                <h1>{ w.title() }</h1>
                <EmbedButton widget={w} />
            </div>
            { explanation(w) }
            <h2 class="try-it">{ "Try it" }</h2>
            { widget(w, true) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RouteLinkProps {
    to: Route,
    #[prop_or_default]
    classes: Classes,
    children: Html,
}

/// A link to a page of the site: a plain `<a href="#/energy">`, which the hash router follows
/// (the browser's `popstate`) and which works in the pre-rendered markup before the wasm.
#[component]
fn RouteLink(props: &RouteLinkProps) -> Html {
    html! {
        <a href={format!("#{}", props.to.to_path())} class={props.classes.clone()}>
            { props.children.clone() }
        </a>
    }
}

#[component]
fn NotFound() -> Html {
    html! {
        <section class="not-found">
            <h1>{ "This page does not exist" }</h1>
            <p>{ "The link may be mistyped or out of date. Here is what the playground has:" }</p>
            <ul>
                <li><RouteLink to={Route::Home}>{ "The home page, with all four widgets" }</RouteLink></li>
                { for Widget::ALL.into_iter().map(|w| html! {
                    <li><RouteLink to={w.route()}>{ w.title() }</RouteLink></li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{ENERGY_INTRO, ENERGY_READING};
    use evidence::ExecutionType;

    /// The energy page's prose says what Table 4 says.
    #[test]
    fn the_energy_prose_says_what_table_4_says() {
        let mut rows = evidence::energy_table().unwrap();
        assert!(ENERGY_INTRO.contains(&format!("{} languages", rows.len())));
        rows.sort_by(|a, b| a.energy.total_cmp(&b.energy));
        let rust = rows.iter().find(|r| r.language == "Rust").unwrap();
        assert!(ENERGY_READING.contains(&format!("at {:.2} times its energy", rust.energy)));
        let java = rows.iter().position(|r| r.language == "Java").unwrap();
        assert!(ENERGY_READING.contains(&format!("Java, on a virtual machine, is {}th", java + 1)));
        let compiled_after = rows
            .iter()
            .skip(java + 1)
            .filter(|r| r.execution_type == ExecutionType::Compiled)
            .count();
        assert_eq!(compiled_after, 7);
        assert!(ENERGY_READING.contains("ahead of seven compiled languages"));
    }
}
