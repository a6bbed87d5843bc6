/*! Why Rust embed helper: resizes the playground's iframes on a host page to fit their content.
 * Use: <script src="https://YOUR-HOST/why-rust/embed.js" defer></script> once per page.
 * Protocol: an embedded page posts {"type":"why-rust:resize","height":N} when its height
 * changes; this helper sets that iframe's height. WhyRust.setTheme(iframe, "light" | "dark")
 * sends the one message the embedded page accepts. No dependencies, nothing evaluated. */
(function () {
  "use strict";
  if (window.WhyRust) return;
  var MAX_HEIGHT = 100000;

  function frameFor(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "why-rust:resize") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frame = frameFor(event.source);
    if (frame) frame.style.height = Math.ceil(height) + "px";
  });

  window.WhyRust = {
    /** Switches an embedded widget to the "light" or "dark" theme. */
    setTheme: function (iframe, theme) {
      if (theme !== "light" && theme !== "dark") throw new Error('theme must be "light" or "dark"');
      iframe.contentWindow.postMessage({ type: "why-rust:set-theme", theme: theme }, "*");
    },
  };
})();
