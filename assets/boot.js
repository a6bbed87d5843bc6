// The boot script: inlined at the end of index.html's and embed.html's body by scripts/dist.mjs
// (allowed by its hash in the page's Content-Security-Policy), it runs before the first paint.
// DOM is the names of ui::dom (crates/ui/src/dom.rs), put in by the build; so are the states.
//
// The page holds the build's markup of each of its pages, one <template data-route="PATH"> each
// (crates/prerender: Yew's server-side rendering of the app at that route). This puts the one
// the link asks for into #app, inert, and sets html[data-boot="prerendered"]: the visitor reads
// the page before any wasm arrives, and the app then hydrates those very nodes (src/boot.rs).
// A page the build did not render (the presenter, a page not found) gets
// html[data-boot="loading"] and a "Loading…" line until the app renders it.
//
// It also applies the theme the app will apply (the visitor's saved choice; an embed's ?theme=
// first), so the first paint has the right colours.
(function () {
  var DOM = DOM_NAMES;
  var root = document.documentElement;
  var app = document.getElementById(DOM.appRootId);
  var hash = location.hash.replace(/^#\/?/, "");
  var at = hash.indexOf("?");
  var path = at < 0 ? hash : hash.slice(0, at);
  var options = at < 0 ? [] : hash.slice(at + 1).split("&");
  var theme = null;
  var stateless = true;
  for (var i = 0; i < options.length; i++) {
    var pair = options[i].split("=");
    if (pair[0] === "theme") theme = pair[1];
    else if (options[i] !== "") stateless = false;
  }
  var template = null;
  var templates = document.querySelectorAll("template[" + DOM.routeTemplate + "]");
  for (var j = 0; j < templates.length; j++) {
    if (templates[j].getAttribute(DOM.routeTemplate) === path) template = templates[j];
  }
  if (template) {
    var page = template.content.cloneNode(true);
    // An embed's preview shows the widget as it starts; a link that sets its state would show
    // it otherwise, so the place says "Loading…" instead.
    if (!stateless) {
      var previews = page.querySelectorAll("." + DOM.islandPreview);
      for (var k = 0; k < previews.length; k++) previews[k].remove();
    }
    app.append(page);
    app.inert = true;
  }
  root.setAttribute(DOM.boot, template ? DOM.bootPrerendered : DOM.bootLoading);
  if (path.indexOf("embed/") !== 0) theme = null;
  if (theme !== "light" && theme !== "dark" && theme !== "auto") {
    try {
      theme = localStorage.getItem("why-rust-theme");
    } catch (e) {
      theme = null; // storage blocked (a sandboxed frame, say)
    }
  }
  if (theme === "light" || theme === "dark" || theme === "auto") root.setAttribute("data-theme", theme);
})();
