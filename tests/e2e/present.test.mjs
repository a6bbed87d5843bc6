// Presenter mode: keys move between slides and the URL follows; slides carry prepared state;
// + and − scale, T toggles the theme, Esc leaves; no layout shift between slides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations } from "./support.mjs";
import { Energy, Ownership, Present } from "./pages.mjs";

const site = useSite();

test("slide 3 opens directly with its prepared state, and keys move through the deck", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1920, height: 1080 } });
  await openRoute(page, site.url, "#/present/3");
  const present = new Present(page);
  assert.equal(await present.slide(), "3");
  // Prepared: the move preset, stepped to just after the move.
  const ownership = new Ownership(page);
  assert.match(await ownership.stepCount.innerText(), /^Step 5 of/);
  assert.equal(await ownership.inDiagram('.var.moved[data-var="message"]').count(), 1);
  assert.deepEqual(await axeViolations(page), []);

  const box = () => present.body.boundingBox();
  const before = await box();
  for (const [key, expected] of [["ArrowRight", "4"], [" ", "5"], ["PageDown", "6"], ["PageUp", "5"], ["ArrowLeft", "4"]]) {
    await present.pressTo(key, expected);
    assert.ok(page.url().endsWith(`#/present/${expected}`), page.url());
  }
  assert.deepEqual(await box(), before, "the slide body keeps its place and size");

  await page.keyboard.press("+");
  assert.equal(await present.scale(), "4");
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  assert.equal(await present.scale(), "2");

  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  await page.keyboard.press("t");
  const first = await theme();
  await page.keyboard.press("t");
  assert.notEqual(await theme(), first);

  await page.keyboard.press("Escape");
  await page.waitForSelector(".intro");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the energy slide opens on the log scale", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/present/5");
  assert.match(await new Energy(page).title.textContent(), /log scale/);
  await page.context().close();
});

test("on a 1920×1080 projector, the visualizer's code, verdict and diagram fit the slide", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1920, height: 1080 } });
  const present = new Present(page);
  for (const slide of ["3", "4"]) {
    await openRoute(page, site.url, `#/present/${slide}`);
    const ownership = new Ownership(page);
    await ownership.diagram.waitFor();
    const bottom = async (locator) => {
      const box = await locator.boundingBox();
      return box.y + box.height;
    };
    const boxes = {
      body: await bottom(present.body),
      editor: await bottom(ownership.root.locator(".code-surface")),
      verdict: await bottom(ownership.root.locator(".verdict")),
      diagram: await bottom(ownership.diagram),
      scrolled: await present.body.evaluate((el) => el.scrollTop),
    };
    assert.equal(boxes.scrolled, 0);
    for (const part of ["editor", "verdict", "diagram"]) {
      assert.ok(boxes[part] <= boxes.body, `slide ${slide}: the ${part} ends below the slide (${JSON.stringify(boxes)})`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
