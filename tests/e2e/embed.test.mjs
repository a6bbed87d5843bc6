// A host page on a second origin embeds each widget: the iframes grow to fit with no inner
// scrollbar, the widgets work inside them, and the theme option and message apply.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { useSite, newPage, openRoute, widgets, dom } from "./support.mjs";
import { Calculator, Decision, EmbedDialog, Energy } from "./pages.mjs";

const site = useSite();
const WIDGETS = (await widgets()).map((w) => w.slug);
// Embed options per widget: a theme, and the decision widget's own state key beside it.
const QUERIES = { calculator: "?theme=dark", ownership: "", energy: "", decision: "?profile=throwaway&theme=dark" };
let host;

before(async () => {
  // The host is another origin: the same loopback address on a different port.
  host = createServer((req, res) => {
    // /snippet?html=…: a post holding just the given snippet.
    if (req.url.startsWith("/snippet?")) {
      const html = new URL(req.url, "http://host").searchParams.get("html");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">${html}</body></html>`);
      return;
    }
    // /wordpress: an embed as WordPress shows one it found by oEmbed: sandboxed with scripts
    // only (no origin of its own), "#?secret=…" added to its address, hidden until a message
    // with that secret says its height, which the host clamps to 200–1000 px (the steps of
    // WordPress's wp-embed script).
    if (req.url === "/wordpress") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><title>A WordPress post</title></head><body>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="Zx81spec42"
  src="${site.url}embed.html#/embed/energy#?secret=Zx81spec42" title="energy" width="600" height="338"
  style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"></iframe>
<script>
addEventListener("message", (e) => {
  const d = e.data;
  if (!d || !d.secret || !d.message || /[^a-zA-Z0-9]/.test(d.secret)) return;
  for (const frame of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
    if (e.source !== frame.contentWindow) continue;
    frame.removeAttribute("style");
    if (d.message === "height") {
      let height = parseInt(d.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      frame.height = height;
    }
  }
});
</script></body></html>`);
      return;
    }
    // /far: one widget two screens down a long post, for the visitor to scroll to.
    const far = req.url === "/far";
    const frames = (far ? ["energy"] : WIDGETS).map(
      (w) =>
        `<iframe id="${w}" src="${site.url}embed.html#/embed/${w}${QUERIES[w]}" title="${w}" ` +
        `sandbox="allow-scripts allow-same-origin" style="width:100%;height:150px;border:0"></iframe>`,
    ).join("\n");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A blog post</h1>
${far ? '<div style="height:200vh">A long first section.</div>' : ""}
${frames}
<script src="${site.url}embed.js"></script></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
});
after(() => new Promise((resolve) => host.close(resolve)));

/**
 * The live widget `w` in its frame: the calculator once the app is live (it hydrates the
 * pre-rendered one), an island's once it has mounted, not the inert preview that stands in for
 * it until then.
 */
const live = (w) =>
  w === "calculator" ? `html[${dom.boot}="${dom.bootLive}"] .calculator-widget` : `[${dom.islandState}="${dom.islandReady}"] .${w}-widget`;

/** Waits until no iframe on the host page has moved or changed size for 300 ms. */
async function framesSettled(page) {
  let last = "";
  for (let i = 0; i < 50; i++) {
    const boxes = await page.evaluate(() =>
      JSON.stringify([...document.querySelectorAll("iframe")].map((f) => f.getBoundingClientRect()).map((r) => [r.top, r.height])),
    );
    if (boxes === last) return;
    last = boxes;
    await page.waitForTimeout(300);
  }
}

const hostUrl = () => `http://127.0.0.1:${host.address().port}/`;

test("each embedded widget's iframe grows to fit its content, with no inner scrollbar", async () => {
  const page = await newPage(site.browser);
  await page.goto(hostUrl());
  for (const w of WIDGETS) {
    const frame = page.frameLocator(`#${w}`);
    // An embedded island loads once its iframe is in view.
    await page.locator(`#${w}`).scrollIntoViewIfNeeded();
    await frame.locator(live(w)).waitFor();
    await page.waitForFunction((id) => document.getElementById(id).getBoundingClientRect().height > 300, w);
    // The host's helper resizes the iframe as the frame reports its height: within a few
    // seconds the frame's content fits its box, or the test fails.
    const fits = await page
      .frame({ url: new RegExp(`embed/${w}`) })
      .waitForFunction(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1, null, { timeout: 5000 })
      .then(() => true, () => false);
    assert.ok(fits, `${w}: content taller than its iframe`);
  }
  await page.context().close();
});

test("the widgets work inside the iframes, and the theme option and message apply", async () => {
  const page = await newPage(site.browser);
  await page.goto(hostUrl());
  const calcFrame = page.frameLocator("#calculator");
  await calcFrame.locator(live("calculator")).waitFor();
  const calc = new Calculator(calcFrame);
  await calc.press("8+");
  assert.equal(await calc.value(), "8");

  const themeOf = (w) => page.frame({ url: new RegExp(`embed/${w}`) }).evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await themeOf("calculator"), "dark");

  // The decision widget reads its own state key and keeps the theme in the URL it rewrites.
  const decision = new Decision(page.frameLocator("#decision"));
  await page.locator("#decision").scrollIntoViewIfNeeded();
  await decision.verdictOf("probably-not").waitFor();
  await decision.chooseProfile("cli-tool");
  await decision.verdictOf("it-depends").waitFor();
  const decisionFrame = page.frame({ url: /embed\/decision/ });
  await decisionFrame.waitForFunction(() => location.hash.includes("profile=cli-tool"));
  assert.match(await decisionFrame.evaluate(() => location.hash), /theme=dark/);
  assert.equal(await themeOf("decision"), "dark");

  // The energy chart switches metric inside its iframe.
  const energyScope = page.frameLocator("#energy");
  const energy = new Energy(energyScope);
  await page.locator("#energy").scrollIntoViewIfNeeded();
  // Once the island has mounted, the iframe grows to fit it; click after that.
  await energyScope.locator(live("energy")).waitFor();
  await page.waitForFunction(() => document.getElementById("energy").getBoundingClientRect().height > 600);
  // The islands of the frames above it may still be arriving and pushing it down.
  await framesSettled(page);
  await energy.choose("Peak memory");
  assert.match(await energy.title.textContent(), /^Peak memory/);

  await energyScope.locator(live("energy")).waitFor();
  await page.evaluate(() => window.WhyRust.setTheme(document.getElementById("energy"), "dark"));
  await page.frame({ url: /embed\/energy/ }).waitForFunction(() => document.documentElement.dataset.theme === "dark");

  // Anything but the one accepted message is ignored. The frame records every theme it takes;
  // a valid message sent after the others (messages from one window to another arrive in
  // order) marks when they have all been handled.
  const energyFrame = page.frame({ url: /embed\/energy/ });
  await energyFrame.evaluate(() => {
    window.themesTaken = [];
    new MutationObserver(() => window.themesTaken.push(document.documentElement.dataset.theme)).observe(
      document.documentElement,
      { attributes: true, attributeFilter: ["data-theme"] },
    );
  });
  await page.evaluate(() => {
    const w = document.getElementById("energy").contentWindow;
    w.postMessage({ type: "why-rust:set-theme", theme: "purple" }, "*");
    w.postMessage("why-rust:set-theme light", "*");
    w.postMessage({ type: "eval", code: "document.body.remove()" }, "*");
    w.postMessage({ type: "why-rust:set-theme", theme: "light" }, "*");
  });
  await energyFrame.waitForFunction(() => document.documentElement.dataset.theme === "light");
  assert.deepEqual(await energyFrame.evaluate(() => window.themesTaken), ["light"], "only the valid message changed the theme");
  assert.equal(await energy.root.count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a widget further down the host page is live by the time the visitor scrolls to it", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${hostUrl()}far`);
  // Not scrolled: the frame is two screens below the viewport.
  const top = await page.locator("#energy").evaluate((f) => f.getBoundingClientRect().top);
  assert.ok(top > 2 * (await page.evaluate(() => innerHeight)) - 100, `frame at ${top}px`);
  await page.frameLocator("#energy").locator(live("energy")).waitFor({ timeout: 15000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the Embed button gives the snippets for the widget's current state, each with its Copy", async () => {
  const page = await newPage(site.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await openRoute(page, site.url, "#/decision?profile=throwaway");
  const dialog = new EmbedDialog(page);
  await dialog.open();
  const code = await dialog.code("helper").inputValue();
  assert.match(code, /src="[^"]*\/sub\/path\/embed\.html#\/embed\/decision\?profile=throwaway"/);
  // Downloads and "Open in Why Rust" work inside the frame; it may go fullscreen.
  assert.match(code, /sandbox="allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox"/);
  assert.match(code, /allow="fullscreen"/);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /title="When to use Rust \(and when not\) \(Why Rust\)"/);
  // Where frames are not shown, a link to the same state on the site.
  assert.match(code, /<a href="[^"]*\/sub\/path\/#\/decision\?profile=throwaway">When to use Rust \(and when not\), on Why Rust<\/a><\/iframe>/);
  assert.match(code, /<script src="[^"]*\/sub\/path\/embed\.js" defer><\/script>$/);
  // For platforms that embed by oEmbed: the widget's own page (see oembed.test.mjs).
  assert.equal(await dialog.code("address").inputValue(), `${site.url}decision.html`);
  const alone = await dialog.code("iframe").inputValue();
  assert.equal(alone, code.replace(/\n<script[^>]*><\/script>$/, ""), "the same iframe, without the script");
  // Each Copy copies its own snippet and says so.
  await dialog.copy("iframe").click();
  await dialog.copy("iframe").and(page.getByText("Copied", { exact: true })).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), alone);
  assert.equal(await dialog.copy("helper").innerText(), "Copy");
  await dialog.copy("helper").click();
  await dialog.copy("helper").and(page.getByText("Copied", { exact: true })).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  assert.match(await dialog.status.innerText(), /Copied/);
  await page.keyboard.press("Escape");
  assert.equal(await dialog.root.count(), 0);
  await page.context().close();
});

test("in WordPress's sandbox, the embed works, tells WordPress its height, and shows", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${hostUrl()}wordpress`);
  const frame = page.locator("iframe.wp-embedded-content");
  // Shown: WordPress took its hiding style off on the embed's message.
  await page.waitForFunction(() => !document.querySelector("iframe.wp-embedded-content").hasAttribute("style"));
  // Live, and answering, in a frame with no origin of its own.
  const energy = new Energy(page.frameLocator("iframe.wp-embedded-content"));
  await page.frameLocator("iframe.wp-embedded-content").locator(live("energy")).waitFor();
  await energy.choose("Peak memory");
  assert.match(await energy.title.textContent(), /^Peak memory/);
  // Sized as WordPress sizes it: the widget's height, within 200–1000 px.
  const inner = await page.frame({ url: /embed\/energy/ }).evaluate(() => Math.ceil(document.querySelector("main").getBoundingClientRect().height));
  await page.waitForFunction((h) => Number(document.querySelector("iframe.wp-embedded-content").height) === h, Math.min(1000, Math.max(200, inner)));
  assert.ok((await frame.boundingBox()).height > 200);
  assert.deepEqual(page.errors.filter((e) => !/offline support/.test(e)), []);
  await page.context().close();
});

test("controls=0 shows each widget without its control bar; options it does not know change nothing", async () => {
  const page = await newPage(site.browser);
  const cases = [
    ["energy", (p) => new Energy(p).chart, ".chart-controls"],
    ["decision", (p) => new Decision(p).verdictBox, ".tabs, .decision-inputs"],
    ["ownership", (p) => p.locator("#ownership-code"), ".ownership-widget .presets"],
  ];
  for (const [w, kept, bar] of cases) {
    for (const [query, shown] of [["", true], ["?controls=0&colour=blue", false]]) {
      await page.goto("about:blank"); // a fresh load: the option is read as the page boots
      await page.goto(`${site.url}embed.html#/embed/${w}${query}`);
      await page.locator(live(w)).waitFor();
      await kept(page).first().waitFor();
      const visible = await page.locator(bar).evaluateAll((els) => els.some((el) => el.checkVisibility()));
      assert.equal(visible, shown, `${w}${query}: the control bar ${shown ? "shows" : "is hidden"}`);
      assert.equal(await page.locator('[data-notice="bad-link"]').count(), 0, `${w}${query}: nothing said about the options`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an embed's Open in Why Rust link opens the widget's page in the state the reader left it", async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}embed.html#/embed/energy`);
  await page.locator(live("energy")).waitFor();
  const energy = new Energy(page);
  await energy.choose("Peak memory");
  await page.waitForFunction(() => location.hash.includes("metric=memory"));
  const [opened] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /Open in Why Rust/ }).click()]);
  await opened.waitForURL(/\/sub\/path\/#\/energy\?(.*&)?metric=memory/);
  assert.match(await new Energy(opened).title.textContent(), /^Peak memory/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the snippet's iframe starts about as tall as its widget in a 640 px wide frame", async () => {
  const heights = {};
  for (const w of WIDGETS) {
    const page = await newPage(site.browser, { viewport: { width: 640, height: 800 } });
    await openRoute(page, site.url, `#/${w}`);
    const dialog = new EmbedDialog(page);
    await dialog.open();
    const code = await dialog.code("iframe").inputValue();
    const height = Number(/height="(\d+)"/.exec(code)[1]);
    // The snippet's iframe alone, on a host page, without the helper that would resize it.
    await page.goto(`${hostUrl()}snippet?html=${encodeURIComponent(code)}`);
    await page.frameLocator("iframe").locator(live(w)).waitFor();
    const frame = page.frame({ url: new RegExp(`embed/${w}`) });
    await frame.waitForFunction(() => !document.querySelector("[data-later-pending]"));
    heights[w] = [height, Math.ceil(await frame.evaluate(() => document.querySelector("main").getBoundingClientRect().height))];
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  for (const [w, [said, actual]] of Object.entries(heights)) {
    assert.ok(Math.abs(actual - said) <= 0.1 * actual, `${w}: the snippet says ${said} px, the widget is ${actual} px (${JSON.stringify(heights)})`);
  }
});
