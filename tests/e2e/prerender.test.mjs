// The page shows its text and layout before the wasm has loaded: index.html and embed.html
// carry the build's markup of each page (crates/prerender, Yew's server-side rendering), which
// the boot script puts in place before the first paint (assets/boot.js) and the app hydrates,
// keeping its nodes (src/boot.rs). The boot states and DOM names are ui::dom's (`dom`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, appStarted, axeViolations, widgets, dom } from "./support.mjs";
import { Calculator } from "./pages.mjs";

const site = useSite();
const app = `#${dom.appRootId}`;
const bootState = (page) => page.evaluate((name) => document.documentElement.getAttribute(name), dom.boot);

/** A page whose wasm never arrives (a stalled network): it stays as the build drew it. */
async function withoutWasm() {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.route("**/*.wasm", () => {}); // never answered
  return page;
}

test("with no wasm yet, the home page already shows its heading, introduction and navigation", async () => {
  const page = await withoutWasm();
  await page.goto(site.url + "#/");
  const heading = page.locator(`${app} h1:visible`);
  await heading.waitFor({ timeout: 5000 });
  assert.match(await heading.innerText(), /Why Rust/);
  assert.ok((await page.locator(`${app} .intro`).innerText()).length > 200);
  assert.equal(await page.locator(`${app} header nav a`).count() >= 4, true);
  assert.equal(await bootState(page), dom.bootPrerendered);
  await page.context().close();
});

test("when the wasm cannot be fetched, the page stays readable and usable and says why", async () => {
  const page = await newPage(site.browser);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(site.url + "#/");
  await page.waitForFunction(({ boot, bootFailed }) => document.documentElement.getAttribute(boot) === bootFailed, dom);
  assert.match(await page.getByRole("alert").innerText(), /could not be loaded .*reload to try again/i);
  assert.match(await page.locator(`${app} h1`).innerText(), /Why Rust/);
  assert.equal(await page.evaluate((sel) => document.querySelector(sel).inert, app), false, "its links can be followed");
  await page.context().close();
});

test("a widget's page shows its own heading and text; other routes a loading line; a stateful embed its place", async () => {
  let page = await withoutWasm();
  await page.goto(site.url + "#/energy?metric=time");
  const heading = page.locator(`${app} h1:visible`);
  await heading.waitFor({ timeout: 5000 });
  assert.equal(await heading.innerText(), "Energy, time and memory of 27 languages");
  assert.equal(await page.locator("h1:visible").count(), 1);
  assert.equal(await page.locator(".intro").count(), 0, "only the page asked for is in place");
  assert.match(await page.locator(`${app} .island-status`).innerText(), /Loading the energy chart/);
  await page.context().close();
  page = await withoutWasm();
  await page.goto(site.url + "#/present/2");
  assert.equal(await bootState(page), dom.bootLoading);
  const loading = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel), "::after").content, app);
  assert.match(loading, /Loading/);
  assert.equal(await page.locator("h1:visible").count(), 0);
  await page.context().close();
  // An embed whose link sets the widget's state: the build's drawing of the widget cannot
  // show that state, so its place says it is loading instead.
  page = await withoutWasm();
  await page.goto(site.url + "embed.html#/embed/energy?metric=time");
  await page.locator(`${app} h1:visible`).waitFor({ timeout: 5000 });
  assert.equal(await page.locator(`.${dom.islandPreview}`).count(), 0);
  assert.match(await page.locator(`${app} .island-status`).innerText(), /Loading the energy chart/);
  await page.context().close();
});

test("embed.html shows an embed's widget before any wasm arrives: in its theme, inert, with a loading badge", async () => {
  const page = await withoutWasm();
  await page.goto(site.url + "embed.html#/embed/ownership?theme=dark");
  const widget = page.locator(`${app} .ownership-widget:visible`);
  await widget.waitFor({ timeout: 5000 });
  assert.equal(await page.locator("header.site-header").count(), 0, "an embed has no site header");
  assert.equal(await page.locator(`${app} h1:visible`).innerText(), "Ownership, step by step");
  // The program and the verdict are there, as the live widget first shows them.
  assert.match(await widget.locator("textarea").inputValue(), /fn process_data/);
  assert.match(await widget.locator(".verdict").innerText(), /E0382|error/);
  assert.match(await page.locator(`${app} .island-status:visible`).innerText(), /Loading the ownership visualizer/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  // Nothing in it can be focused or clicked yet.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate((sel) => !document.activeElement?.closest(sel), app), true);
  await page.context().close();
});

test("the app hydrates the page it finds: the same nodes stay, now live", async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + "#/");
  // Noted before the app starts: the nodes the visitor reads first.
  await page.evaluate((sel) => {
    globalThis.firstHeading = document.querySelector(`${sel} h1`);
    globalThis.firstLink = document.querySelector(`${sel} header nav a`);
  }, app);
  await appStarted(page);
  const kept = await page.evaluate((sel) => {
    const h1 = document.querySelector(`${sel} h1`);
    return { heading: h1 === globalThis.firstHeading, link: document.querySelector(`${sel} header nav a`) === globalThis.firstLink, inert: document.querySelector(sel).inert };
  }, app);
  assert.deepEqual(kept, { heading: true, link: true, inert: false });
  // And the kept nodes answer: the calculator's keypad works, a link navigates.
  const calculator = new Calculator(page);
  await calculator.press("7+");
  assert.equal(await calculator.value(), "7");
  await page.locator("header nav a", { hasText: "Energy" }).first().click();
  await page.locator("h1", { hasText: "Energy, time and memory" }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// What shows that an island has drawn all of its first screen (by default, its widget).
const DRAWN = { energy: '.bar-chart[role="group"]', decision: "[data-verdict]" };

for (const w of (await widgets()).filter((w) => w.island)) {
  test(`in the ${w.slug} embed on a phone, the live island takes its preview's place: one widget, the same size, no shift`, async () => {
    const page = await newPage(site.browser, { viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      globalThis.shifts = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) globalThis.shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    // A slow phone's CPU: the app's hydration then takes longer than Yew's scheduler runs
    // before yielding to the browser (16 ms), so a frame can be painted in the middle of it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    // Hold the island's module back until the preview has been measured.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(`**/${w.island.dir}/*.wasm`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}embed.html#/embed/${w.slug}`);
    const widget = `.${w.slug}-widget`;
    const preview = page.locator(`.${dom.islandPreview} ${widget}`);
    await appStarted(page);
    await preview.waitFor();
    const before = await preview.boundingBox();
    release();
    await page.locator(`[${dom.islandState}="${dom.islandReady}"] ${widget} ${DRAWN[w.slug] ?? ""}`.trim()).first().waitFor();
    // Two frames, so that a shift of the last one is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.locator(widget).count(), 1, "the preview is gone");
    assert.equal(await page.locator(".island-status").count(), 0);
    const after = await page.locator(widget).boundingBox();
    assert.ok(Math.abs(after.y - before.y) < 1 && Math.abs(after.height - before.height) < 2,
      `the widget moved or resized: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    const shift = await page.evaluate(() => globalThis.shifts.reduce((a, b) => a + b, 0));
    assert.ok(shift < 0.01, `layout shift ${shift.toFixed(3)}`);
    if (w.slug === "ownership") {
      // And it is the live one: typing re-checks the program.
      await page.locator("#ownership-code").fill("fn main() { let s = String::new(); let t = s; let u = s; }");
      await page.locator('[data-status="errors"]').waitFor();
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("once the app is live, the page has one heading and no violations", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  assert.equal(await page.locator("h1").count(), 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
