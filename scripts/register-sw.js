// Offline support: the service worker (sw.js, next to index.html) caches the whole site after
// the first visit. Its scope is this folder, so the site works offline from any sub-path.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("./sw.js").catch((e) => {
    console.warn("offline support is unavailable:", e.message);
  });
}
