// The charts and the ownership drawings stay readable at every width: their text renders at
// least 12 px (a drawing's text counts at the size the drawing is scaled to), and each bar
// chart is one tab stop whose arrow keys move between the bars.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, widgets, dom, smallestText } from "./support.mjs";
import { Energy, Ownership } from "./pages.mjs";

const site = useSite();

for (const width of [390, 1280, 1920]) {
  test(`at ${width} px, the charts' text is at least 12 px`, async () => {
    const page = await newPage(site.browser, { viewport: { width, height: 900 } });
    await openRoute(page, site.url, "#/energy");
    const energy = new Energy(page);
    await energy.agents.first().scrollIntoViewIfNeeded();
    const charts = await smallestText(energy.charts);
    assert.ok(charts.length >= 5, `the energy chart, the agent panels and the cold starts: ${JSON.stringify(charts)}`);
    for (const c of charts) assert.ok(c.smallest >= 12, `${c.id}: ${c.smallest.toFixed(1)} px`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

// A program whose last step has two heap boxes, a borrow and a copy value.
const PROGRAM = `fn main() {
    let greeting = String::from("hello");
    let borrowed = &greeting;
    let numbers = vec![1, 2, 3];
    let count = numbers.len();
    println!("{} {:?} {}", borrowed, numbers, count);
}`;

for (const width of [320, 390, 1280, 1920]) {
  test(`at ${width} px, the ownership diagram's and timeline's text is at least 12 px, within the widget`, async () => {
    const page = await newPage(site.browser, { viewport: { width, height: 900 } });
    await openRoute(page, site.url, "#/ownership");
    const ownership = new Ownership(page);
    await ownership.write(PROGRAM);
    // Step on until all four variables are in the diagram (the last steps drop them again).
    const next = ownership.button("Next step");
    await next.waitFor();
    for (let i = 0; i < 12 && (await ownership.variables.count()) < 4; i++) {
      const shown = await ownership.stepCount.innerText();
      await next.click();
      await page.waitForFunction(([el, was]) => el.innerText !== was, [await ownership.stepCount.elementHandle(), shown]);
    }
    assert.equal(await ownership.variables.count(), 4);
    assert.equal(await ownership.heapBoxes.count(), 2);
    await ownership.timeline.scrollIntoViewIfNeeded();
    const drawings = await smallestText(ownership.diagram.or(ownership.timeline));
    assert.equal(drawings.length, 2, JSON.stringify(drawings));
    for (const d of drawings) assert.ok(d.smallest >= 12, `${d.id}: ${d.smallest.toFixed(1)} px`);
    // Reflowed to the width, not cut off: each drawing ends inside the widget.
    const right = (locator) => locator.evaluate((el) => el.getBoundingClientRect().right);
    const edge = await right(ownership.root);
    for (const drawing of [ownership.diagram, ownership.timeline]) assert.ok((await right(drawing)) <= edge + 0.5);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("each widget embedded in a 420 px column keeps its text at least 12 px (it reflows rather than shrinks)", async () => {
  const page = await newPage(site.browser, { viewport: { width: 420, height: 900 } });
  const found = [];
  for (const w of await widgets()) {
    await page.goto("about:blank");
    await page.goto(`${site.url}embed.html#/embed/${w.slug}`);
    await page.locator(w.island ? `[${dom.islandState}="${dom.islandReady}"] .${w.slug}-widget` : `html[${dom.boot}="${dom.bootLive}"] .${w.slug}-widget`).waitFor();
    await page.locator(`[${dom.laterPending}]`).waitFor({ state: "detached" });
    const [main] = await smallestText(page.locator("main"));
    found.push(`${w.slug}: ${main.smallest.toFixed(1)} px`);
    // No sideways scrolling either: the widget fits the column.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${w.slug} is wider than 420 px`);
  }
  for (const f of found) assert.ok(parseFloat(f.split(": ")[1]) >= 12, found.join(", "));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a bar chart is one tab stop; the arrow keys, Home and End move between its bars", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await openRoute(page, site.url, "#/energy");
  const chart = new Energy(page).coldStart;
  const bars = chart.bars;
  const n = await bars.count();
  assert.ok(n > 10, `${n} bars`);
  assert.equal(await chart.tabStop().count(), 1, "one tab stop");
  await bars.first().focus();
  const focused = () => page.evaluate(() => document.activeElement?.dataset.bar);
  await page.keyboard.press("ArrowDown");
  assert.equal(await focused(), "1");
  // The focused bar reads out its runtime and time.
  assert.match(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), /\d+(\.\d+)? ms/);
  await page.keyboard.press("End");
  assert.equal(await focused(), String(n - 1));
  await page.keyboard.press("Home");
  assert.equal(await focused(), "0");
  // Tab leaves the chart rather than walking its bars.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  assert.equal(await chart.hasFocus(), false);
  // And Shift+Tab comes back to the bar last focused.
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "1");
  await page.context().close();
});

test("on a log scale the energy bars start at the reference: left for less, right for more", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  // Table 4's energy: C 1.00, Go 3.23, Python 75.88. Relative to Go, C is 0.31× (below 1×)
  // and Python 23.5× (above).
  await openRoute(page, site.url, "#/energy?metric=energy&scale=log&rel=Go");
  const energy = new Energy(page);
  // All three read at once, from the attributes (a bar's CSS transition animates its box).
  const [c, go, python] = await energy.barExtents(["C", "Go", "Python"]);
  // Go is the reference: its bar is a sliver at 1×; C's ends there, Python's starts there.
  assert.ok(Math.abs(c.right - go.left) < 0.5, `C ${JSON.stringify(c)} ends at Go's ${JSON.stringify(go)}`);
  assert.ok(Math.abs(python.left - go.left) < 0.5, `Python ${JSON.stringify(python)} starts at 1×`);
  assert.ok(c.left < go.left && python.right > go.right);
  assert.match(await energy.hint.innerText(), /start at the reference \(1×\)/);
  await page.context().close();
});

test("the energy chart is one tab stop; the arrow keys move between its 27 bars", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  const bars = energy.bar();
  assert.equal(await bars.count(), 27);
  assert.equal(await energy.tabStop().count(), 1);
  await bars.first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-bar"));
  assert.equal(await focused(), "2");
  await page.keyboard.press("End");
  assert.equal(await focused(), "26");
  // Enter on the focused bar still highlights its language.
  const language = await page.evaluate(() => document.activeElement.dataset.language);
  await page.keyboard.press("Enter");
  await energy.highlighted(language).waitFor();
  await page.context().close();
});
