// Presenter mode: keys move between slides and the URL follows; slides carry prepared state;
// + and − scale, T toggles the theme, Esc leaves; no layout shift between slides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, islandsSettled, axeViolations, widgets, measureSlide } from "./support.mjs";
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
  const second = await theme();
  assert.notEqual(second, first);
  // The presenter's choice is kept: a reload (a new talk) opens in it.
  await page.reload();
  await present.at("4").waitFor();
  assert.equal(await theme(), second);

  await page.keyboard.press("Escape");
  await page.waitForSelector(".intro");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the overview, a typed number, Home and End, a swipe, the black screen, the key help", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1920, height: 1080 } });
  await openRoute(page, site.url, "#/present/2");
  const present = new Present(page);
  // The deck: an opening slide, then each widget's.
  const slides = (await widgets()).reduce((n, w) => n + w.slides, 1);
  // O: every slide as a card, the one shown selected; arrows move by a card and by a row.
  await page.keyboard.press("o");
  assert.equal(await present.cards.count(), slides);
  await present.card(1).and(page.locator(":focus")).waitFor();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  await present.card(6).and(page.locator(":focus")).waitFor();
  await present.pressTo("Enter", "7");
  assert.equal(await present.overview.count(), 0, "the overview closes");
  // A number, then Enter; Home and End.
  await page.keyboard.press("3");
  assert.match(await present.jump.innerText(), /Go to slide 3/);
  await present.pressTo("Enter", "3");
  assert.equal(await present.jump.count(), 0);
  await present.pressTo("End", String(slides));
  await present.pressTo("Home", "1");
  // A finger swipe to the left, then to the right.
  await present.swipe(-200);
  await present.at("2").waitFor();
  await present.swipe(200);
  await present.at("1").waitFor();
  // B: a black screen that holds the slide until B, . or Esc.
  await page.keyboard.press("b");
  await present.black.waitFor();
  await page.keyboard.press("ArrowRight");
  assert.equal(await present.slide(), "1");
  await page.keyboard.press(".");
  await present.black.waitFor({ state: "detached" });
  // ?: the keys, in a dialog; Esc closes it and stays on the slide.
  await page.keyboard.press("?");
  assert.match(await present.help.innerText(), /overview/);
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press("Escape");
  await present.help.waitFor({ state: "detached" });
  assert.equal(await present.slide(), "1");
  // The pointer hides when it has been still, and comes back when it moves.
  await page.mouse.move(500, 500);
  await present.pointerHidden.waitFor({ timeout: 5000 });
  await page.mouse.move(520, 520);
  await present.pointerHidden.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a host page drives a framed deck by messages and hears each slide change; other messages do nothing", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  await page.setContent(`<iframe id="deck" src="${site.url}#/present/2" width="1200" height="700"></iframe>
    <script>window.heard = []; addEventListener("message", (e) => { if (e.data?.type === "why-rust:present") heard.push(e.data); });</script>`);
  const present = new Present(page.frameLocator("#deck"));
  await present.at("2").waitFor();
  const send = (message) => page.evaluate((m) => document.getElementById("deck").contentWindow.postMessage(m, "*"), message);
  const heard = () => page.evaluate(() => window.heard.map((m) => `${m.event} ${m.index}/${m.count}`));
  const count = (await widgets()).reduce((n, w) => n + w.slides, 1);
  await page.waitForFunction(() => window.heard.length > 0);
  assert.deepEqual(await heard(), [`slidechanged 1/${count}`]);
  await send({ type: "why-rust:present", action: "next" });
  await present.at("3").waitFor();
  await send({ type: "why-rust:present", action: "go", index: 5 });
  await present.at("6").waitFor();
  // Malformed or foreign: ignored.
  for (const bad of [{ type: "why-rust:present", action: "go", index: "2" }, { type: "why-rust:present", action: "go", index: 1.5 },
    { action: "next" }, { type: "why-rust:present", action: "eval" }, "next", null]) await send(bad);
  await send({ type: "why-rust:present", action: "prev" });
  await present.at("5").waitFor();
  assert.deepEqual(await heard(), [1, 2, 5, 4].map((i) => `slidechanged ${i}/${count}`));
  await page.context().close();
});

test("the energy slide opens on the log scale and says where its figures come from", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/present/5");
  assert.match(await new Energy(page).title.textContent(), /log scale/);
  const source = page.locator(".slide-source");
  assert.match(await source.innerText(), /Source: Pereira et al\., Science of Computer Programming 205 \(2021\), Table 4/);
  assert.equal(await source.locator("a").getAttribute("href"), "sources.html#energy");
  // Every widget slide has such a line; the opening title slide, the presenter's own words, has none.
  await openRoute(page, site.url, "#/present/1");
  assert.equal(await page.locator(".slide-source").count(), 0);
  for (const n of ["2", "3", "6", "7"]) {
    await openRoute(page, site.url, `#/present/${n}`);
    assert.match(await page.locator(".slide-source").innerText(), /^Source: .+All sources$/, n);
  }
  assert.deepEqual(page.errors, []);
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

test("S opens the speaker's view: this slide as the room sees it and the next, notes, a timer; the two windows move together", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  await openRoute(page, site.url, "#/present/2");
  const present = new Present(page);
  const [speaker] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
  const now = speaker.locator(".speaker-now h2");
  // It asks the deck what shows, and shows that slide and the next, with their notes.
  await speaker.locator('main.speaker[data-slide="2"]').waitFor();
  assert.match(await now.innerText(), /^Now: /);
  assert.match(await speaker.locator(".speaker-next h2").innerText(), /^Next: /);
  assert.ok((await speaker.locator(".speaker-now .speaker-note").innerText()).length > 20);
  // The deck moves: so does the speaker's view.
  await present.pressTo("ArrowRight", "3");
  await speaker.locator('main.speaker[data-slide="3"]').waitFor();
  // The presenter steps the visualizer on this slide: the speaker's picture of it follows,
  // and the next slide stays at its start.
  const shown = new Ownership(page);
  const pictured = new Ownership(speaker.locator(".speaker-now"));
  await pictured.stepCount.filter({ hasText: /^Step 5 of/ }).waitFor();
  await shown.button("Next step").click();
  await shown.button("Next step").click();
  await shown.stepCount.filter({ hasText: /^Step 7 of/ }).waitFor();
  await pictured.stepCount.filter({ hasText: /^Step 7 of/ }).waitFor();
  await page.locator("main.present").focus();
  // The speaker moves: so does the deck.
  await speaker.locator("main.speaker").focus();
  await speaker.keyboard.press("ArrowRight");
  await present.at("4").waitFor();
  await speaker.locator('main.speaker[data-slide="4"]').waitFor();
  // The timer runs, pauses and resets.
  const timer = speaker.locator(".speaker-timer");
  await speaker.waitForFunction(() => document.querySelector(".speaker-timer").textContent !== "00:00", null, { timeout: 5000 });
  await speaker.getByRole("button", { name: "Pause" }).click();
  const held = await timer.innerText();
  await speaker.getByRole("button", { name: "Resume" }).waitFor();
  await speaker.getByRole("button", { name: "Reset" }).click();
  assert.equal(await timer.innerText(), "00:00");
  assert.match(held, /^\d\d:\d\d$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("without BroadcastChannel the speaker's window and the deck keep in step through storage events", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  // A browser without the channel: both windows (the popup shares the context) fall back.
  await page.context().addInitScript(() => {
    delete window.BroadcastChannel;
  });
  await openRoute(page, site.url, "#/present/2");
  assert.equal(await page.evaluate(() => typeof window.BroadcastChannel), "undefined");
  const present = new Present(page);
  const [speaker] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")]);
  await speaker.locator('main.speaker[data-slide="2"]').waitFor();
  await present.pressTo("ArrowRight", "3");
  await speaker.locator('main.speaker[data-slide="3"]').waitFor();
  // What the presenter does on the slide reaches the speaker's picture of it, too.
  await new Ownership(page).button("Next step").click();
  await new Ownership(speaker.locator(".speaker-now")).stepCount.filter({ hasText: /^Step 6 of/ }).waitFor();
  await speaker.locator("main.speaker").focus();
  await speaker.keyboard.press("ArrowRight");
  await present.at("4").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("every slide of the default deck fits a projector's screen, legible from the back at 1080p", async () => {
  for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]]) {
    const page = await newPage(site.browser, { viewport: { width, height } });
    await openRoute(page, site.url, "#/present/1");
    const count = Number((await page.locator(".present-count").innerText()).split("/ ")[1]);
    assert.ok(count >= 7);
    for (let slide = 1; slide <= count; slide++) {
      await openRoute(page, site.url, `#/present/${slide}`);
      await page.locator(`main.present[data-slide="${slide}"]`).waitFor();
      await islandsSettled(page);
      const m = await measureSlide(page);
      assert.ok(m.scroll <= m.client + 1, `${width}×${height} slide ${slide} overflows by ${m.scroll - m.client} px`);
      // Text at least 24 px on a 1080p projector, the drawings' included (the energy chart's
      // 27 bar labels, the diagram's names).
      if (height === 1080) assert.ok(m.min >= 24, `slide ${slide}: ${m.min} px text (${m.where})`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
