// The decision widget's state lives in the URL; bad links fall back with a visible notice;
// the questionnaire and the slide view work from the keyboard.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, appStarted } from "./support.mjs";

const site = useSite();
const verdict = (page) => page.locator("[data-verdict]").getAttribute("data-verdict");

test("a profile link opens that profile, and choosing another updates the URL", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?profile=data-science-script");
  assert.equal(await page.locator("#decision-profile").inputValue(), "data-science-script");
  assert.equal(await verdict(page), "probably-not");
  await page.selectOption("#decision-profile", "webassembly");
  await page.waitForFunction(() => location.hash.includes("profile=webassembly"));
  assert.equal(await verdict(page), "good-fit");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("custom weights survive a reload through the URL", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?profile=cli-tool");
  await page.locator("#weight-time-to-prototype").focus();
  await page.keyboard.press("End");
  await page.waitForFunction(() => location.hash.includes("w="));
  const url = page.url();
  const before = await page.locator(".ranking").innerText();
  await page.goto("about:blank");
  await page.goto(url);
  await appStarted(page);
  await page.waitForSelector(".ranking");
  assert.equal(await page.locator(".ranking").innerText(), before);
  assert.equal(await page.locator("#weight-time-to-prototype").inputValue(), "5");
  await page.context().close();
});

for (const [what, hash] of [
  ["an unknown profile", "#/decision?profile=no-such-profile"],
  ["junk weights", "#/decision?w=runtime-speed:lots"],
  ["an unknown criterion", "#/decision?w=charisma:5"],
  ["an over-long link", "#/decision?w=" + "runtime-speed:1,".repeat(400)],
]) {
  test(`${what} falls back to the default profile with a notice`, async () => {
    const page = await newPage(site.browser);
    await openRoute(page, site.url, hash);
    await page.waitForSelector('[data-notice="bad-link"]');
    assert.equal(await page.locator("#decision-profile").inputValue(), "cli-tool");
    // The default profile's own verdict: a close call between Rust and Go.
    assert.equal(await verdict(page), "it-depends");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("a link with one bad weight keeps the others and says what it left out", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?w=runtime-speed:5,memory-safety:4,charisma:5");
  await page.waitForSelector('[data-notice="bad-link"]');
  assert.match(await page.locator('[data-notice="bad-link"]').innerText(), /charisma/);
  // Custom weights, not the default profile: the valid two are kept.
  assert.equal(await page.locator("#decision-profile").inputValue(), "");
  await page.waitForFunction(() => location.hash.includes("runtime-speed") && !location.hash.includes("charisma"));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the verdict says how robust it is", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?profile=cli-tool");
  const text = await page.locator("[data-sensitivity]").innerText();
  assert.match(text, /weight|robust/);
  await page.context().close();
});

test("the questionnaire, answered by keyboard, leads to a verdict", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?view=questionnaire");
  const questions = page.locator(".question");
  const n = await questions.count();
  assert.ok(n >= 6 && n <= 8, `${n} questions`);
  assert.deepEqual(await axeViolations(page), []);
  for (let i = 0; i < n; i++) {
    await questions.nth(i).locator("input").first().focus();
    await page.keyboard.press("Space");
  }
  await page.getByRole("button", { name: "Show my answer" }).press("Enter");
  await page.waitForSelector("[data-verdict]");
  assert.match(await verdict(page), /good-fit|it-depends|probably-not/);
  // It names the profile the answers are closest to, and how close.
  const closest = await page.locator('[data-notice="closest-profile"]').innerText();
  const names = await page.locator("#decision-profile option").allInnerTexts();
  assert.ok(names.some((n) => n !== "Custom weights" && closest.includes(`“${n}”`)), closest);
  assert.match(closest, /\d+% alike/);
  // Focus lands on the verdict, in view, not on the page's body.
  await page.waitForFunction(() => document.activeElement?.id === "decision-verdict");
  const box = await page.locator("#decision-verdict").boundingBox();
  const height = page.viewportSize().height;
  assert.ok(box.y >= 0 && box.y + box.height <= height, JSON.stringify(box));
  await page.context().close();
});

test("the slide view shows every profile in one of three columns", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?view=slides");
  const column = (kind) =>
    page.locator(`.slide-column.${kind} [data-profile]`).evaluateAll((l) => l.map((e) => e.dataset.profile));
  const [yes, depends, no] = [await column("good-fit"), await column("it-depends"), await column("probably-not")];
  // The seed's clear-cut verdicts that the matrix keeps.
  for (const slug of ["high-performance-service", "concurrent", "webassembly", "database"]) {
    assert.ok(yes.includes(slug), `${slug} in ${yes}`);
  }
  for (const slug of ["quick-prototype", "crud-api", "data-science-script", "throwaway"]) {
    assert.ok(no.includes(slug), `${slug} in ${no}`);
  }
  // A game engine is a close call with C/C++, and says so.
  assert.ok(depends.includes("game-engine"), `game-engine in ${depends}`);
  assert.match(await page.locator('.slide-column.it-depends [data-profile="game-engine"]').innerText(), /C \/ C\+\+/);
  assert.equal(yes.length + depends.length + no.length, 19);
  assert.deepEqual(await axeViolations(page), []);
  // Each profile opens in the matrix.
  await page.locator('.slide-column [data-profile="cli-tool"] button').click();
  await page.waitForFunction(() => location.hash.includes("profile=cli-tool"));
  assert.equal(await page.locator("#decision-profile").inputValue(), "cli-tool");
  assert.equal(await page.locator('[role="tab"][aria-selected="true"]').innerText(), "Weigh it");
  await page.context().close();
});
