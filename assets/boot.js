// The page's boot, in the order it runs: inlined at the end of index.html's and embed.html's
// body by scripts/dist.mjs (allowed by its hash in the page's Content-Security-Policy), so it
// runs before the first paint. DOM is the names and states of ui::dom (crates/ui/src/dom.rs)
// and APP the shell's files with their integrity hashes, both put in by the build.
//
// 1. The theme the app will apply (an embed's ?theme=, else the visitor's saved choice), so
//    the first paint has the right colours; and an embed's ?controls=0.
// 2. The page. The document holds the build's markup of each of its pages, one
//    <template data-route="PATH"> each (crates/prerender: Yew's server-side rendering of the
//    app at that route). The one the link asks for goes into #app, inert:
//    html[data-boot="prerendered"], and the visitor reads the page before any wasm arrives.
//    A page the build did not render (the presenter, a page not found):
//    html[data-boot="loading"], and CSS says "Loading…".
// 3. The app, once that page has been painted: its JS and wasm are fetched in parallel and
//    started; it hydrates that markup, keeping its nodes, or renders the page, and then sets
//    html[data-boot="live"] (src/boot.rs). If it cannot be fetched or started:
//    html[data-boot="failed"], the page becomes usable as it is, and an alert says why.
// 4. Offline support, once the app has started: the service worker (sw.js, next to
//    index.html) caches the whole site; its scope is this folder, so the site works offline
//    from any sub-path.
(() => {
  const DOM = DOM_NAMES;
  const APP = APP_FILES;
  const root = document.documentElement;
  const app = document.getElementById(DOM.appRootId);
  // 0. An embed shown by WordPress: WordPress adds "#?secret=…" to the frame's address. The
  //    secret goes onto <html> for the app (which tells WordPress the embed's height with it),
  //    and off the address, so the router reads the route. location.replace changes only the
  //    fragment: it works in WordPress's sandbox, where the history API does not.
  const secret = /#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash);
  if (secret) {
    root.setAttribute(DOM.embedSecret, secret[1]);
    location.replace(location.hash.slice(0, secret.index) || "#/");
  }
  // A widget's own page (energy.html) opens at its route when the address names none.
  const route = root.getAttribute(DOM.defaultRoute);
  if (route && !location.hash) location.replace(`#${route}`);
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split(/\?(.*)/s);
  const options = new URLSearchParams(query);
  // The sources page is a page of its own, written by the build (crates/prerender).
  if (path === "sources") {
    location.replace("sources.html");
    return;
  }

  // 1. The theme.
  let theme = path.startsWith("embed/") ? options.get("theme") : null;
  if (!["light", "dark", "auto"].includes(theme)) {
    try {
      theme = localStorage.getItem("why-rust-theme");
    } catch {
      theme = null; // storage blocked (a sandboxed frame, say)
    }
  }
  if (["light", "dark", "auto"].includes(theme)) root.setAttribute("data-theme", theme);
  // An embed's other display option: ?controls=0 hides the widget's control bar, for a fixed
  // view (each widget's stylesheet says which bar).
  if (path.startsWith("embed/") && options.get("controls") === "0") root.setAttribute(DOM.embedControls, "off");

  // 2. The page.
  const template = [...document.querySelectorAll(`template[${DOM.routeTemplate}]`)].find(
    (t) => t.getAttribute(DOM.routeTemplate) === path,
  );
  if (template) {
    const page = template.content.cloneNode(true);
    // An embed's preview shows the widget as it starts; a link that sets its state would
    // show it otherwise, so its place says "Loading…" instead.
    if ([...options.keys()].some((key) => key !== "theme" && key !== "controls")) {
      for (const preview of page.querySelectorAll(`.${DOM.islandPreview}`)) preview.remove();
    }
    app.append(page);
    app.inert = true;
  }
  root.setAttribute(DOM.boot, template ? DOM.bootPrerendered : DOM.bootLoading);

  // 3. The app, once the page has been painted (or after 300 ms: a background tab paints
  //    nothing): on a slow link its download would otherwise share the bandwidth with the
  //    first paint.
  let started = false;
  const startOnce = () => {
    if (!started) {
      started = true;
      startApp();
    }
  };
  requestAnimationFrame(() => setTimeout(startOnce, 0));
  setTimeout(startOnce, 300);

  function startApp() {
    for (const { href, integrity } of APP.modules) {
      document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, crossOrigin: "anonymous" }));
    }
    const wasm = fetch(APP.wasm.href, { integrity: APP.wasm.integrity, priority: "high" });
    // A widget's own page or embed shows its island in the first screen: its download starts
    // now, just after the app's, rather than once the app has placed it
    // (js/island-loader.js, one of the app's modules, takes it over then).
    // (The presenter's pages, `present/3` too, are its module's: APP.islands maps them to it.)
    const slug = /^(?:embed\/)?([a-z-]+)(?:\/\d+)?$/.exec(path)?.[1];
    const island = Object.hasOwn(APP.islands, slug) ? APP.islands[slug] : null;
    const islandLoader = APP.modules.find((m) => m.href.endsWith("/island-loader.js"));
    if (island && islandLoader) import(islandLoader.href).then((m) => m.prefetch(island)).catch(() => {});
    import(APP.modules[0].href)
      .then(({ default: init }) => init({ module_or_path: wasm })) // runs the app's main()
      .then(offline)
      .catch((e) => {
        root.setAttribute(DOM.boot, DOM.bootFailed);
        app.inert = false;
        const alert = Object.assign(document.createElement("p"), {
          className: "boot-failed",
          textContent: `The interactive part of this page could not be loaded (${e?.message ?? e}). The text is all here; reload to try again.`,
        });
        alert.setAttribute("role", "alert");
        app.before(alert);
      });
  }

  // 4. Offline support, once the app has started, so that the service worker's precaching
  //    does not share the first load's bandwidth.
  function offline() {
    try {
      // In a sandboxed frame with no origin of its own (WordPress's), reading
      // navigator.serviceWorker throws.
      navigator.serviceWorker?.register("./sw.js").catch((e) => {
        console.warn("offline support is unavailable:", e.message);
      });
    } catch (e) {
      console.warn("offline support is unavailable:", e.message);
    }
  }
})();
