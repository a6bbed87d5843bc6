// Runs before the wasm loads. index.html carries a static snapshot of the home page and of
// each widget's page (scripts/prerender.mjs); this marks which one the hash asks for, on
// <html data-prerender>, and the CSS shows that one: "home", a widget's name, "embed" (an
// embed shows none of the snapshot) or "other" (the header and a loading line). No inline
// script: the page's CSP forbids them.
(function () {
  var h = location.hash;
  var page = /^#\/(calculator|ownership|energy|decision)(?:\?|$)/.exec(h);
  var route =
    h === "" || h === "#" || h === "#/" || h.indexOf("#/?") === 0
      ? "home"
      : page
        ? page[1]
        : h.indexOf("#/embed/") === 0
          ? "embed"
          : "other";
  document.documentElement.setAttribute("data-prerender", route);
})();
