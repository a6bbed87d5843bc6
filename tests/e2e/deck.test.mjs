// A presenter's own deck: "Add to deck" on widget pages, ordering and editing on "Your deck",
// and the link that reopens exactly that deck (its slides, their states, headings and notes)
// in another browser; a damaged deck link opens the default deck with a notice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, widgets, smallestText } from "./support.mjs";
import { Deck, Energy, Ownership, Present, PrintDeck, SELECTORS } from "./pages.mjs";

const site = useSite();

test("a deck built from widget pages reopens from its link, in order, with its notes", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  const deck = new Deck(page);

  // The energy chart, brought to peak memory on a log scale, then added.
  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  await energy.choose("Peak memory");
  await energy.choose("Log");
  await page.waitForFunction(() => location.hash.includes("metric=memory") && location.hash.includes("scale=log"));
  await deck.add.click();
  await deck.added.filter({ hasText: "Added as slide 1." }).waitFor();

  // The visualizer at a program with an error, then added.
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("Two mutable borrows at once").click();
  await ownership.diagnostics("E0499").first().waitFor();
  await page.waitForFunction(() => location.hash.includes("code="));
  await deck.add.click();
  await deck.added.filter({ hasText: "Added as slide 2." }).waitFor();

  // "Your deck": a title slide, written and moved to the front; a note on the chart.
  await deck.added.getByRole("link", { name: "Open your deck" }).click();
  await deck.slides.nth(1).waitFor();
  assert.equal(await deck.slides.count(), 2);
  assert.equal(await deck.kind(1), "1. Energy");
  assert.match(await deck.slide(1).innerText(), /metric: memory/);
  await deck.button("Add a title slide").click();
  await deck.field(3, "Heading").fill("Rust at the Friday meetup");
  await deck.field(3, "Points, one a line").fill("Fast\n\nSafe  \nHonest");
  await deck.field(1, "Speaker note").fill("Point at the `Rust` bar.");
  await deck.button("Move slide 3 up").click();
  await deck.button("Move slide 2 up").click();
  assert.equal(await deck.kind(1), "1. Title slide");
  assert.equal(await deck.field(1, "Heading").inputValue(), "Rust at the Friday meetup");
  assert.deepEqual(await page.evaluate(() => location.hash), "#/deck");
  assert.deepEqual(await axeViolations(page), []);

  // The deck survives a reload (it is kept in this browser)…
  await page.reload();
  await deck.slides.nth(2).waitFor();
  assert.equal(await deck.slides.count(), 3);
  assert.equal(await deck.field(1, "Heading").inputValue(), "Rust at the Friday meetup");
  const link = await deck.present.getAttribute("href");
  assert.match(link, /^#\/present\?deck=/);

  // …and its link opens the same deck in another browser, which has never seen it.
  const other = await newPage(site.browser, { viewport: { width: 1920, height: 1080 } });
  await openRoute(other, site.url, link);
  const present = new Present(other);
  assert.equal(await present.title.innerText(), "Rust at the Friday meetup");
  assert.deepEqual(await present.points.allInnerTexts(), ["Fast", "Safe", "Honest"]);
  assert.match(await present.root.innerText(), /1 \/ 3/);
  await present.root.focus();
  await present.pressTo("ArrowRight", "2");
  assert.match(other.url(), /#\/present\/2\?deck=/, "the deck stays in the address from slide to slide");
  assert.equal(await present.note.innerText(), "Point at the Rust bar.");
  // On a slide the chart stands alone (its controls stay on the page); its title says the state.
  const slideEnergy = new Energy(other);
  await slideEnergy.title.waitFor({ state: "attached" });
  assert.match(await slideEnergy.title.textContent(), /^Peak memory .*\(log scale\)/);
  await present.pressTo("ArrowRight", "3");
  await new Ownership(other).diagnostics("E0499").first().waitFor();
  assert.equal(await present.notice.count(), 0);
  // A reload of a slide keeps the deck.
  await other.reload();
  await present.at("3").waitFor();
  assert.match(await present.title.innerText(), /Ownership|borrows/i);
  assert.deepEqual(page.errors.concat(other.errors), []);
  await other.context().close();
  await page.context().close();
});

test("a damaged or over-long deck link opens the default deck and says why", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  // The default deck: an opening slide, then each widget's slides from the registry.
  const defaultCount = (await widgets()).reduce((n, w) => n + w.slides, 1);
  const present = new Present(page);

  await openRoute(page, site.url, "#/present?deck=%25%25not-a-deck");
  await present.notice.waitFor();
  assert.match(await present.notice.innerText(), /could not be read.*default deck/);
  assert.match(await present.root.innerText(), new RegExp(`1 / ${defaultCount}`));

  await openRoute(page, site.url, `#/present?deck=${"A".repeat(20_000)}`);
  assert.match(await present.notice.innerText(), /too long/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The number of pages of a PDF that Chromium wrote: its page objects. */
function pdfPages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test("the deck prints one 16:9 slide a page, each widget drawn as on its slide, readable, notes as an option", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  await openRoute(page, site.url, "#/present?print");
  const print = new PrintDeck(page);
  await print.ready.waitFor({ timeout: 60_000 });
  const slides = (await widgets()).reduce((n, w) => n + w.slides, 1);
  assert.equal(await print.slides.count(), slides);
  // Every widget drew: the energy chart's bars and the visualizer's diagram are on the page.
  assert.equal(await page.locator(`${SELECTORS.present.print} [data-island-state]:not([data-island-state="ready"])`).count(), 0);
  assert.ok((await new Energy(page).bar().count()) >= 27);
  assert.ok((await page.locator(`${SELECTORS.present.print} ${SELECTORS.ownership.drawing}`).count()) >= 2);
  assert.equal(await print.notes.count(), 0);
  // Each page shows its widget as the slide does, so its text stays readable on paper: no
  // text on a 1280-px page under 14 px once the page's fit is applied (a page's width is
  // 13.3 in, so 14 px prints at about 10.5 pt).
  const smallest = (await smallestText(print.slides)).map((s) => s.smallest);
  smallest.forEach((px, i) => assert.ok(px >= 14, `printed slide ${i + 1}: ${px.toFixed(1)} px text`));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pdfPages(pdf), slides, "one page a slide");

  await print.root.getByRole("link", { name: "Add the notes under each slide" }).click();
  await print.notes.first().waitFor();
  await print.ready.waitFor({ timeout: 60_000 });
  assert.equal(await print.notes.count(), slides);
  assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true })), slides, "the notes stay on their slide's page");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
