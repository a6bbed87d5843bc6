// Runs before the wasm loads: the HTML snapshot in index.html is of the home page, so for any
// other route only its header stays (the live app replaces it all when it starts), and inside
// an embed nothing of it shows. No inline script: the page's CSP forbids them.
(function () {
  var h = location.hash;
  var route = h === "" || h === "#" || h === "#/" ? "home" : h.indexOf("#/embed/") === 0 ? "embed" : "other";
  document.documentElement.setAttribute("data-prerender", route);
})();
