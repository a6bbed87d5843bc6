// The calculator keypad calls the Rust module, and demo.html uses the standalone module
// from plain JavaScript, errors included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute } from "./support.mjs";
import { Calculator } from "./pages.mjs";

const site = useSite();

test("the keypad computes and logs each JavaScript call", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const calc = new Calculator(page);
  await calc.press("12+");
  assert.equal(await calc.value(), "12");
  await calc.press("3×");
  assert.equal(await calc.value(), "36");
  // Newest first, as the JavaScript runs: `add` returns nothing, then the page reads the value.
  const log = (await calc.calls().allInnerTexts()).map((l) => l.trim());
  assert.equal(log[1], "calc.multiply(3)");
  assert.match(log[0], /^calc\.get_value\(\)\s*→\s*(gives\s*)?36$/);
  assert.equal(log[3], "calc.add(12)");
  assert.match(log[2], /^calc\.get_value\(\)\s*→\s*(gives\s*)?12$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("division by zero shows the thrown error and keeps the value", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const calc = new Calculator(page);
  await calc.press("7+0÷");
  assert.equal(await calc.value(), "7");
  const newest = await calc.calls().first().innerText();
  assert.match(newest, /calc\.divide\(0\).*throws Error: division by zero/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the page's address keeps the calls, and opening it replays them, errors included", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const calc = new Calculator(page);
  await calc.press("7+6×0÷");
  assert.equal(await calc.value(), "42");
  await page.waitForFunction(() => location.hash.includes("divide"));
  const link = await page.evaluate(() => location.hash);
  const other = await newPage(site.browser);
  await openRoute(other, site.url, link);
  const replayed = new Calculator(other);
  assert.equal(await replayed.value(), "42");
  assert.deepEqual(await replayed.calls().allInnerTexts(), await calc.calls().allInnerTexts());
  // A tampered link starts from 0 and says why.
  const tampered = await newPage(site.browser);
  await openRoute(tampered, site.url, "#/calculator?calls=add:1,launch:2");
  const fresh = new Calculator(tampered);
  assert.equal(await fresh.value(), "0");
  assert.match(await fresh.root.locator(".notice").innerText(), /could not be replayed.*“launch:2”/);
  assert.deepEqual(page.errors.concat(other.errors, tampered.errors), []);
  await tampered.context().close();
  await other.context().close();
  await page.context().close();
});

test("the keypad works from the keyboard alone", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const calc = new Calculator(page);
  await calc.keypad.locator("button").first().focus();
  await page.keyboard.type("42+");
  assert.equal(await calc.value(), "42");
  await page.keyboard.type("2/");
  assert.equal(await calc.value(), "21");
  await page.context().close();
});

test("demo.html uses the standalone module from plain JavaScript, overflow included", async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + "calculator/demo.html");
  await page.waitForFunction(() => document.getElementById("value").textContent === "0");
  // Call the module straight from JavaScript, as the seeds describe.
  const result = await page.evaluate(async () => {
    const { Calculator } = await import("./calculator.js");
    const calc = new Calculator();
    calc.add(5);
    const five = calc.get_value();
    calc.add(2147483642);
    let message = null;
    try {
      calc.add(1);
    } catch (e) {
      message = `${e instanceof Error} ${e.message}`;
    }
    return { five, max: calc.get_value(), message };
  });
  assert.equal(result.five, 5);
  assert.equal(result.max, 2147483647);
  assert.match(result.message, /^true overflow/);
  // And through the page's own form.
  await page.fill("#operand", "2147483647");
  await page.click('button[data-op="add"]');
  await page.fill("#operand", "1");
  await page.click('button[data-op="add"]');
  assert.match(await page.locator("#log li").first().innerText(), /calc\.add\(1\) → throws Error: overflow/);
  assert.equal(await page.locator("#value").innerText(), "2147483647");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("on a phone, the Rust source wraps its long lines instead of scrolling sideways", async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 800 } });
  await openRoute(page, site.url, "#/calculator");
  const block = page.locator(".code-block").first();
  await block.scrollIntoViewIfNeeded();
  const m = await block.evaluate((el) => {
    const lines = [...el.querySelectorAll(".code-line")];
    const one = lines[0].querySelector(".line-number").getBoundingClientRect().height;
    const wrapped = lines.filter((l) => l.getBoundingClientRect().height > one * 1.5);
    // A wrapped line's text continues under its own text, not under the line number.
    const first = wrapped[0]?.querySelector(".line-text").getClientRects();
    return {
      sideways: el.scrollWidth - el.clientWidth,
      wrapped: wrapped.length,
      numberRight: wrapped[0]?.querySelector(".line-number").getBoundingClientRect().right,
      continuation: first ? first[first.length - 1].left : null,
    };
  });
  assert.equal(m.sideways, 0, JSON.stringify(m));
  assert.ok(m.wrapped > 0, JSON.stringify(m));
  assert.ok(m.continuation >= m.numberRight - 1, JSON.stringify(m));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("at 1280 × 800 the home page's first screen holds the live calculator", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 800 } });
  await openRoute(page, site.url, "#/");
  const calc = new Calculator(page);
  // Unscrolled: a whole row of keys lies within the first screen, and answers.
  assert.equal(await page.evaluate(() => scrollY), 0);
  const box = await calc.key("7").boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `the 7 key spans ${box.y}–${box.y + box.height} px`);
  // Its first row (7 8 9 ÷) works where it is: a JavaScript call into Rust, logged.
  await calc.press("7÷");
  assert.match((await calc.calls().allInnerTexts()).join("\n"), /calc\.divide\(7\)/);
  assert.equal(await page.evaluate(() => scrollY), 0, "nothing scrolled to reach it");
  await page.context().close();
});

test("the source the calculator shows names the essay it comes from, not seeds", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const text = await new Calculator(page).root.innerText();
  assert.match(text, /an untitled essay given to this project/);
  assert.doesNotMatch(text, /\bseeds?\b/i);
  await page.context().close();
});
