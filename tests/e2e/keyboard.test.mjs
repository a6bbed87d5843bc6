// Keyboard alone: tabbing through each widget's page reaches every visible control, and each
// one shows a visible focus indicator when it has focus. Then a few controls are used with
// the keyboard only (Enter, Space, arrows, typing).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, widgets } from "./support.mjs";
import { Calculator, Decision, Energy, Ownership } from "./pages.mjs";

const site = useSite();

/** Marks every visible, enabled control inside `.widget` with data-kbd and returns their count. */
function markControls(page) {
  return page.evaluate(() => {
    const selector =
      "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const controls = [...document.querySelectorAll(".widget")].flatMap((w) => [...w.querySelectorAll(selector)]);
    let n = 0;
    for (const el of controls) {
      const hidden = el.getClientRects().length === 0 || el.closest("details:not([open]) > :not(summary)");
      if (el.disabled || hidden || el.getAttribute("tabindex") === "-1") continue;
      // A radio group is one Tab stop (its checked radio); arrows move within it.
      if (el.type === "radio" && !el.checked) continue;
      el.dataset.kbd = String(n++);
    }
    return n;
  });
}

/** Whether the focused element shows a focus indicator (outline, shadow, or for SVG marks a thick stroke). */
function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) return true;
    if (s.boxShadow && s.boxShadow !== "none") return true;
    if (el instanceof SVGElement) {
      return [...el.querySelectorAll("rect")].some((r) => {
        const rs = getComputedStyle(r);
        return rs.stroke !== "none" && parseFloat(rs.strokeWidth) >= 2;
      });
    }
    // Radio buttons and checkboxes are drawn by the browser; their label carries the ring.
    const label = el.closest("label");
    if (label) {
      const ls = getComputedStyle(label);
      return (ls.outlineStyle !== "none" && parseFloat(ls.outlineWidth) >= 2) || ls.boxShadow !== "none";
    }
    return false;
  });
}

for (const [hash, ready] of (await widgets()).map((w) => [`#/${w.slug}`, `.${w.slug}-widget`])) {
  test(`${hash}: Tab reaches every control of the widget, each with a visible focus ring`, { timeout: 120000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await openRoute(page, site.url, hash);
    await page.waitForSelector(ready);
    const total = await markControls(page);
    assert.ok(total > 3, `${hash}: ${total} controls`);
    const reached = new Set();
    const invisible = new Set();
    // The editor textarea keeps Tab for focus moves (no indentation trap), so plain Tab works.
    for (let i = 0; i < total * 2 + 60 && reached.size < total; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.dataset?.kbd ?? null);
      if (id === null) continue;
      reached.add(id);
      if (!(await focusIsVisible(page))) {
        invisible.add(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 120)));
      }
    }
    const missing = await page.evaluate(
      (seen) =>
        [...document.querySelectorAll("[data-kbd]")]
          .filter((el) => !seen.includes(el.dataset.kbd))
          .map((el) => el.outerHTML.slice(0, 100)),
      [...reached],
    );
    assert.deepEqual(missing, [], `${hash}: not reachable with Tab`);
    assert.deepEqual([...invisible], [], `${hash}: focused without a visible focus indicator`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test("the widgets are usable with the keyboard alone", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/calculator");
  const calc = new Calculator(page);
  await calc.key("4").focus();
  await page.keyboard.press("Enter");
  await calc.op("add").focus();
  await page.keyboard.press(" ");
  assert.equal(await calc.value(), "4");

  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  await energy.root.locator('input[name="energy-scale"]').first().focus();
  await page.keyboard.press("ArrowRight"); // radio group: Linear → Log
  await energy.chart.locator("title", { hasText: "log scale" }).waitFor({ state: "attached" });

  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.editor.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nfn extra() { let s = String::new(); let t = s; let u = s; }\n");
  await ownership.diagnostics("E0382").first().waitFor();

  await openRoute(page, site.url, "#/decision");
  const decision = new Decision(page);
  await decision.profile.focus();
  await page.keyboard.press("End"); // the last profile in the list
  assert.ok(["good-fit", "probably-not"].includes(await decision.verdict()));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
