// The page shows its text and layout before the wasm has loaded: index.html carries a static
// snapshot of the home page and of each widget's page (crates/prerender, rendered natively by Yew), which the app
// replaces when it starts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, widgets } from "./support.mjs";

const site = useSite();

/** A page whose wasm never arrives (a stalled network). */
async function withoutWasm() {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.route("**/*.wasm", (route) => route.abort());
  return page;
}

test("with no wasm at all, the home page still shows its heading, introduction and navigation", async () => {
  const page = await withoutWasm();
  await page.goto(site.url + "#/");
  const heading = page.locator("#prerendered h1:visible");
  await heading.waitFor({ timeout: 5000 });
  assert.match(await heading.innerText(), /Why Rust/);
  assert.ok((await page.locator("#prerendered .intro").innerText()).length > 200);
  assert.equal(await page.locator("#prerendered header nav a").count() >= 4, true);
  await page.context().close();
});

test("a widget's page shows its own heading and text; other routes the header and a loading line; an embed nothing", async () => {
  let page = await withoutWasm();
  await page.goto(site.url + "#/energy?metric=time");
  const heading = page.locator("#prerendered h1:visible");
  await heading.waitFor({ timeout: 5000 });
  assert.equal(await heading.innerText(), "Energy, time and memory of 27 languages");
  assert.equal(await page.locator("#prerendered h1:visible").count(), 1);
  assert.equal(await page.locator("#prerendered .intro").isVisible(), false);
  assert.match(await page.locator('#prerendered [data-snapshot="energy"] .island-status').innerText(), /Loading the energy chart/);
  await page.context().close();
  page = await withoutWasm();
  await page.goto(site.url + "#/present/2");
  await page.locator("#prerendered header").waitFor({ state: "visible", timeout: 5000 });
  assert.equal(await page.locator("#prerendered h1:visible").count(), 0);
  await page.context().close();
  // An embed whose link sets the widget's state: the snapshot cannot show that state.
  page = await withoutWasm();
  await page.goto(site.url + "embed.html#/embed/energy?metric=time");
  // The route marker, set before the first paint, decides what the CSS shows.
  await page.waitForFunction(() => document.documentElement.dataset.prerender === "embed");
  assert.equal(await page.locator("#prerendered").isVisible(), false);
  await page.context().close();
});

test("embed.html shows an embed's widget before any wasm arrives: in its theme, inert, with a loading badge", async () => {
  const page = await withoutWasm();
  await page.goto(site.url + "embed.html#/embed/ownership?theme=dark");
  const widget = page.locator("#prerendered .ownership-widget:visible");
  await widget.waitFor({ timeout: 5000 });
  assert.equal(await page.locator("#prerendered header").isVisible(), false, "an embed has no site header");
  assert.equal(await page.locator("#prerendered h1:visible").innerText(), "Ownership, step by step");
  // The program and the verdict are there, as the live widget first shows them.
  assert.match(await widget.locator("textarea").inputValue(), /fn process_data/);
  assert.match(await widget.locator(".verdict").innerText(), /E0382|error/);
  assert.match(await page.locator("#prerendered .island-status:visible").innerText(), /Loading the ownership visualizer/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  // Nothing in it can be focused or clicked yet.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement === document.body || !document.activeElement?.closest("#prerendered")), true);
  await page.context().close();
});

// What shows that an island has drawn all of its first screen (by default, its widget).
const DRAWN = { energy: '.bar-chart[role="group"]', decision: "[data-verdict]" };

for (const w of (await widgets()).filter((w) => w.island)) {
  test(`in the ${w.slug} embed on a phone, the live island takes the snapshot's place: one widget, the same size, no shift`, async () => {
    const page = await newPage(site.browser, { viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      globalThis.shifts = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) globalThis.shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    // Hold the island's module back until the snapshot's copy has been measured.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(`**/${w.island.dir}/*.wasm`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}embed.html#/embed/${w.slug}`);
    const widget = `.${w.slug}-widget`;
    const preview = page.locator(`.island-preview ${widget}`);
    await page.waitForFunction(() => !document.getElementById("prerendered") && document.querySelector(".island-preview"));
    const before = await preview.boundingBox();
    release();
    await page.locator(`[data-island-state="ready"] ${widget} ${DRAWN[w.slug] ?? ""}`.trim()).first().waitFor();
    // Two frames, so that a shift of the last one is reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.locator(widget).count(), 1, "the copy is gone");
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

test("once the app starts, the snapshot is gone and the live page has no violations", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  assert.equal(await page.locator("#prerendered").count(), 0);
  assert.equal(await page.locator("h1").count(), 1, "one h1: the snapshot's was removed");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
