// The app's loader, inlined into index.html and embed.html by scripts/dist.mjs (allowed by its
// hash in the page's Content-Security-Policy). APP lists the shell's files: its JS, the JS
// snippets it imports and its wasm, each with its integrity hash; and, from the widget
// registry (dist/widgets.json), each island's module by its widget's slug.
//
// A module script, so it runs once the page is parsed, after the boot script (assets/boot.js)
// has put the page's pre-rendered markup in place: the app's JS and wasm are fetched in
// parallel, the app started (it hydrates that markup, src/boot.rs), and the service worker
// registered. (The same loader runs in embed.html.)
const APP = __APP__;

for (const { href, integrity } of APP.modules) {
  const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, crossOrigin: "anonymous" });
  document.head.append(link);
}
const wasmResponse = fetch(APP.wasm.href, { integrity: APP.wasm.integrity, priority: "high" });

// A widget's own page or embed shows its island in the first screen: its download starts
// now, just after the app's, rather than after the app has started and placed it
// (js/island-loader.js, one of the app's modules, does it and later takes it over).
const slug = /^#\/(?:embed\/)?([a-z-]+)(?:\?|$)/.exec(location.hash)?.[1];
const island = Object.hasOwn(APP.islands, slug) ? APP.islands[slug] : null;
const loader = APP.modules.find((m) => m.href.endsWith("/island-loader.js"));
if (island && loader) import(loader.href).then((m) => m.prefetch(island));

const { default: init } = await import(APP.modules[0].href);
await init({ module_or_path: wasmResponse }); // runs the app's main()

// Offline support: the service worker (sw.js, next to index.html) caches the whole site after
// the first visit. Its scope is this folder, so the site works offline from any sub-path.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("./sw.js").catch((e) => {
    console.warn("offline support is unavailable:", e.message);
  });
}
