// Runs before the first paint (inlined in index.html, allowed by its hash in the page's CSP).
// index.html carries a static snapshot of the home page, of each widget's page and of each
// embed (crates/prerender, Yew's server-side rendering); this marks which one the hash asks for, on
// <html data-prerender>, and the CSS shows that one: "home", a widget's name, "embed-WIDGET",
// "embed" (an embed whose link sets widget state, which the snapshot does not show: nothing)
// or "other" (the header and a loading line). It also applies the theme the app will apply
// (the visitor's saved choice; an embed's ?theme= first), so the snapshot does not flash.
(function () {
  // The widget registry's slugs: scripts/dist.mjs puts them in place of WIDGET_SLUGS.
  var slugs = WIDGET_SLUGS;
  var h = location.hash;
  var m = /^#\/(embed\/)?([a-z-]+)(?:\?(.*))?$/.exec(h);
  var slug = m && slugs.indexOf(m[2]) >= 0 ? m[2] : null;
  var page = slug && !m[1];
  var embed = slug && m[1];
  var options = embed && m[3] ? m[3].split("&") : [];
  var theme = null;
  var stateless = true;
  for (var i = 0; i < options.length; i++) {
    var pair = options[i].split("=");
    if (pair[0] === "theme") theme = pair[1];
    else if (options[i] !== "") stateless = false;
  }
  var route =
    h === "" || h === "#" || h === "#/" || h.indexOf("#/?") === 0
      ? "home"
      : page
        ? slug
        : embed && stateless
          ? "embed-" + slug
          : h.indexOf("#/embed/") === 0
            ? "embed"
            : "other";
  var root = document.documentElement;
  root.setAttribute("data-prerender", route);
  if (theme !== "light" && theme !== "dark" && theme !== "auto") {
    try {
      theme = localStorage.getItem("why-rust-theme");
    } catch (e) {
      theme = null; // storage blocked (a sandboxed frame, say)
    }
  }
  if (theme === "light" || theme === "dark" || theme === "auto") root.setAttribute("data-theme", theme);
})();
