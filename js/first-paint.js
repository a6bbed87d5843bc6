// Calls `callback` once the page has presented its first contentful paint (at once if it
// already has), or after `timeoutMs` if none is reported (a background tab may paint nothing).
export function afterFirstPaint(callback, timeoutMs) {
  let done = false;
  let observer = null;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    callback();
  };
  if (performance.getEntriesByName("first-contentful-paint").length) return run();
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === "first-contentful-paint")) run();
    });
    observer.observe({ type: "paint" });
  } catch {
    // No paint timing in this browser: the timeout alone decides.
  }
  setTimeout(run, timeoutMs);
}
