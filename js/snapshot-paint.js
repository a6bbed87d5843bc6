// Calls `callback` once the browser has presented a largest-contentful-paint candidate inside
// `selector` (the static snapshot's page content; at once if it already has), or after
// `timeoutMs` if none comes: a background tab paints nothing, and the browser stops reporting
// candidates after the first input.
export function afterPainted(selector, callback, timeoutMs) {
  let done = false;
  let observer = null;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    callback();
  };
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.element?.closest?.(selector))) run();
    });
    observer.observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    // No paint timing in this browser: the timeout alone decides.
  }
  setTimeout(run, timeoutMs);
}
