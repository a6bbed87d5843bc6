//! The router and the page shell: header, navigation, theme, and the pages around the widgets,
//! which it draws from the widget registry (`crate::registry`).

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::history::AnyHistory;
use yew_router::prelude::*;

use crate::components::{AddToDeck, EmbedButton};
use crate::embed::EmbedFrame;
use crate::island::{Island, Module, PRESENTER};
use crate::registry::{Start, View};
use crate::route::{Route, Widget};
use crate::theme;

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
        // The presenter's pages: its module, which reads the address itself (the shell's
        // router does not hear the module move between slides: this tree stays the same).
        Route::Present | Route::PresentSlide { .. } | Route::Speaker => presenter(),
        Route::Deck => html! { <Shell>{ presenter() }</Shell> },
        Route::NotFound => html! { <Shell><NotFound /></Shell> },
    }
}

/// The presenter's module (see [`crate::island::PRESENTER`]).
fn presenter() -> Html {
    let (dir, label) = PRESENTER;
    html! { <Module {dir} {label} /> }
}

/// The start of `w`'s island on its own page when `page`, else on the home page and in an
/// embed (the build draws that one into the embed's page); `None` for a widget the shell
/// draws.
pub fn island_start(w: Widget, page: bool) -> Option<Start> {
    match &w.entry().view {
        View::Island(island) if page => Some(island.page_start),
        View::Island(island) => Some(island.start),
        View::Shell(_) => None,
    }
}

/// `w` at `start` (see [`crate::registry::Start`]; a widget the shell draws has none).
pub fn widget_at(w: Widget, start: &[(String, String)]) -> Html {
    match &w.entry().view {
        View::Shell(draw) => draw(start),
        View::Island(_) => {
            let start: ui::island::Pairs = start.to_vec();
            html! { <Island widget={w} {start} /> }
        }
    }
}

/// `w` as the registry starts it: on its own page when `page`, else as on the home page.
fn widget(w: Widget, page: bool) -> Html {
    widget_at(
        w,
        &crate::registry::pairs(island_start(w, page).unwrap_or(&[])),
    )
}

/// What `w` shows, in a few paragraphs (its registry intro).
fn explanation(w: Widget) -> Html {
    (w.entry().intro)()
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
            <OpenInSite slug={w.slug()} />
        </EmbedFrame>
    }
}

#[derive(Properties, PartialEq)]
struct OpenInSiteProps {
    slug: &'static str,
}

/// An embed's link to its widget's page on the site, in a new tab, in the state the reader
/// has brought it to: the address is read when the link is followed (the widget keeps its
/// state in the page's address, which changes without a render here).
#[component]
fn OpenInSite(props: &OpenInSiteProps) -> Html {
    let slug = props.slug;
    let link = use_node_ref();
    let follow = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = link.cast::<web_sys::Element>() {
                let fragment = ui::url_state::fragment();
                let _ = a.set_attribute("href", &crate::embed::site_link(&fragment, slug));
            }
        })
    };
    html! {
        <a ref={link} class="open-in-site" href={crate::embed::site_link("", slug)} target="_blank" rel="noopener"
            onclick={follow.clone()} onauxclick={follow}>
            { "Open in Why Rust ↗" }
        </a>
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
                <p>{ "Why Rust runs entirely in your browser: the calculator, the checker and the charts are Rust compiled to WebAssembly. Figures cite their sources next to them, and " }<a href="sources.html">{ "the sources page" }</a>{ " lists them all." }</p>
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
                        { for Widget::all().map(nav_item) }
                        <li><RouteLink to={Route::Present}>{ "Present" }</RouteLink></li>
                        <li><RouteLink to={Route::Deck} classes={classes!((current == Some(Route::Deck)).then_some("current"))}>{ "Your deck" }</RouteLink></li>
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
            { for Widget::all().map(widget_section) }
        </>
    }
}

/// The home page's opening: its heading and the case in two paragraphs.
#[component]
fn Intro() -> Html {
    html! {
            <section class="intro">
                <h1>{ "Why Rust? Try it instead of reading about it." }</h1>
                <p class="lede">{ "Programmers long had to choose between languages that run fast and languages that keep memory safe. Rust gives both: its compiler checks memory safety before the program runs (for all code outside unsafe blocks; what C libraries called through FFI do is theirs to get right), and the result runs about as fast as C with no garbage collector (the energy chart below has the measurements)." }</p>
                <p>{ "This page makes that case with four things you can touch: a Rust module that JavaScript calls like its own code, a borrow checker you can type into, the measured cost of 27 languages, and an honest answer to whether Rust suits your project." }</p>
            </section>
    }
}

/// One widget's section of the home page: heading, embed button, the widget, what it shows,
/// and a link to its own page.
fn widget_section(w: Widget) -> Html {
    html! {
                <section class="widget-section" aria-labelledby={format!("{}-title", w.slug())}>
                    <div class="section-head">
                        <h2 id={format!("{}-title", w.slug())}>{ w.title() }</h2>
                        <EmbedButton widget={w} />
                    </div>
                    // Something to try first, then what it shows: on the home page, whose
                    // first screen then holds a live widget.
                    { widget(w, false) }
                    { explanation(w) }
                    <p class="more"><RouteLink to={w.route()}>{ format!("Open “{}” on its own page", w.nav_label()) }</RouteLink></p>
                </section>
    }
}

#[derive(Properties, PartialEq)]
struct WidgetPageProps {
    widget: Widget,
}

#[component]
fn WidgetPage(props: &WidgetPageProps) -> Html {
    let w = props.widget;
    html! {
        <section class="widget-page">
            <div class="section-head">
                <h1>{ w.title() }</h1>
                <AddToDeck widget={w} />
                <EmbedButton widget={w} />
            </div>
            { explanation(w) }
            <h2 class="try-it">{ "Try it" }</h2>
            { widget(w, true) }
            <p class="sources-link"><a href={format!("sources.html#{}", w.slug())}>{ "Where every figure and claim here comes from" }</a></p>
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
                { for Widget::all().map(|w| html! {
                    <li><RouteLink to={w.route()}>{ w.title() }</RouteLink></li>
                }) }
            </ul>
        </section>
    }
}
