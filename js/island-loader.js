// Loads a widget island when its place on the page comes near the viewport, and mounts it
// there. An island `energy-view` is built from crates/energy-view into
// dist/energy-view/energy_view.js (wasm-bindgen's out-name) and exports `mount_energy`. Each
// module is imported once, however many places show it; a failed import is forgotten, so
// "Try again" imports it afresh. URLs are resolved against the page, so the site works from
// any sub-path.
const modules = new Map();
/** The island `dir`'s module and wasm URLs: `energy-view/energy_view.js` and `_bg.wasm`. */
function files(dir) {
  const file = dir.replaceAll("-", "_");
  const url = (name) => new URL(`${dir}/${name}`, document.baseURI).href;
  return { js: url(`${file}.js`), wasm: url(`${file}_bg.wasm`) };
}

// A head start: the island's download, begun by the page's loader before the app has placed
// the island (prefetch); a failed one is not reused, so "Try again" fetches afresh.
const heads = new Map();

/**
 * Starts downloading the island `dir` now (the page's loader calls it on a widget's own page
 * or embed, just after the app's own requests). On a connection that honours priorities
 * (HTTP/2) the app's wasm goes first.
 */
export function prefetch(dir) {
  const { js, wasm } = files(dir);
  const head = { module: import(js), wasm: fetch(wasm, { priority: "low" }) };
  head.module.catch(() => {});
  head.wasm.catch(() => {});
  heads.set(dir, head);
}

function load(dir) {
  if (!modules.has(dir)) {
    const head = heads.get(dir);
    heads.delete(dir);
    const loading = (head?.module ?? import(files(dir).js)).then(async (m) => {
      await m.default(head ? { module_or_path: head.wasm } : undefined);
      return m;
    });
    loading.catch(() => modules.delete(dir));
    modules.set(dir, loading);
  }
  return modules.get(dir);
}

/**
 * Watches `host`; once it is within a screen of the viewport (at once, in a frame, or when
 * `eager`: a page to print), loads the island `dir` and calls its `mount_<widget>(root, start)` on a new child element.
 * `onState(state, message)` hears "loading", "ready" (once the island has drawn all of its
 * first render: nothing in it matches `pending`, the markers of parts still to come, a name
 * of ui::dom) or "failed" (with the error). Returns a function that stops watching, or
 * unmounts the island and removes what it drew.
 */
export function startIsland(host, dir, start, pending, onState, eager) {
  let disposed = false;
  let handle = null;
  let root = null;
  let drawn = null;
  const begin = () => {
    onState("loading", "");
    load(dir)
      .then((m) => {
        if (disposed) return;
        root = document.createElement("div");
        root.className = "island-root";
        host.append(root);
        // An island renders at the end of this task (a microtask), or a task or two later
        // (ui::island::mount_with_warm_up), and parts of it a few tasks after that
        // (ui::island::Later). Until all of it has drawn, CSS keeps it hidden behind the
        // placeholder; then the shell's next render (src/island.rs, a microtask of this same
        // task) shows it and drops the placeholder's line and preview, so no frame shows
        // both, neither, or half a widget.
        drawn = new MutationObserver(() => {
          if (!root.firstChild || root.querySelector(pending)) return;
          drawn.disconnect();
          if (!disposed) onState("ready", "");
        });
        drawn.observe(root, { childList: true, subtree: true });
        handle = m[`mount_${dir.replace(/-view$/, "")}`](root, start);
      })
      .catch((e) => {
        root?.remove();
        root = null;
        drawn?.disconnect();
        if (!disposed) onState("failed", String(e?.message ?? e));
      });
  };
  // An embedded widget is the whole of its frame, and the host page decides when the frame
  // loads (the embed snippet's loading="lazy"). Waiting for it to be in view as well would
  // lose the screen of head start: in a frame from another origin, the browser ignores
  // rootMargin, so the island would start loading only once it is on screen, and a frame
  // pushed back out of view by the frames above it growing would wait until scrolled to again.
  let observer = null;
  if (eager || window.self !== window.top) {
    begin();
  } else {
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        begin();
      },
      { rootMargin: "100% 0px" },
    );
    observer.observe(host);
  }
  return () => {
    disposed = true;
    observer?.disconnect();
    handle?.destroy();
    handle?.free();
    root?.remove();
    drawn?.disconnect();
  };
}
