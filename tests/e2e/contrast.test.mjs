// Every control keeps its label readable in every state: the text of each button, select and
// link on the widget pages has at least WCAG AA contrast (4.5:1) against what is behind it, at
// rest, hovered, focused and pressed (states forced through the DevTools protocol, so nothing
// is clicked) and when disabled, in the light and in the dark theme. axe-core checks only the
// state a page happens to be in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, showIsland, widgets } from "./support.mjs";
import { Decision, EmbedDialog, Energy } from "./pages.mjs";

const site = useSite();
const AA = 4.5;

/** Opens the parts of a page whose controls are hidden at first. */
const PREPARE = {
  "#/decision": async (page) => {
    const decision = new Decision(page);
    await decision.tab("Answer questions").click();
    await decision.submit.waitFor();
  },
  "#/energy": async (page) => {
    await new Energy(page).runIt.runButton.scrollIntoViewIfNeeded();
  },
  "#/calculator": async (page) => {
    const embed = new EmbedDialog(page);
    await embed.open();
    await embed.copyButton.waitFor();
  },
};

/** Contrast of each visible control's text in the page as it is drawn now. */
function measure() {
  const rgba = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
  // What is drawn behind `el`'s text: its own background over its ancestors', with opacity.
  const backdrop = (el) => {
    const chain = [];
    for (let e = el; e; e = e.parentElement) chain.unshift(e);
    let bg = [255, 255, 255, 1];
    for (const e of chain) {
      const s = getComputedStyle(e);
      const own = over(rgba(s.backgroundColor), bg);
      const o = Number(s.opacity);
      bg = o < 1 ? over([...own.slice(0, 3), o], bg) : own;
    }
    return bg;
  };
  const lum = ([r, g, b]) => {
    const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const out = [];
  for (const el of document.querySelectorAll("[data-contrast]")) {
    const s = getComputedStyle(el);
    const bg = backdrop(el);
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    let fg = over(rgba(s.color), bg);
    // Opacity fades the text toward what is behind the faded element as well.
    if (opacity < 1) fg = over([...fg.slice(0, 3), opacity], backdrop(el.parentElement ?? el));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    out.push({ id: el.dataset.contrast, ratio: (a + 0.05) / (b + 0.05), text: el.textContent.trim().slice(0, 40) });
  }
  return out;
}

const WIDGETS = await widgets();
for (const hash of ["#/", ...WIDGETS.map((w) => `#/${w.slug}`)]) {
  test(`${hash}: every control's text keeps AA contrast at rest, hovered, focused, pressed and disabled`, { timeout: 120000 }, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await newPage(site.browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      await openRoute(page, site.url, hash);
      if (hash === "#/") for (const w of WIDGETS.filter((w) => w.island)) await showIsland(page, w.island.dir);
      await PREPARE[hash]?.(page);
      const count = await page.evaluate(() => {
        const controls = [...document.querySelectorAll("button, select, a[href], [role=tab]")].filter(
          (el) => el.getClientRects().length > 0 && !el.closest(".sr-only") && el.textContent.trim() !== "",
        );
        controls.forEach((el, i) => (el.dataset.contrast = String(i)));
        return controls.length;
      });
      assert.ok(count > 5, `${hash}: ${count} controls`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("DOM.enable");
      await cdp.send("CSS.enable");
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "[data-contrast]" });
      const low = new Set();
      for (const state of [[], ["hover"], ["focus", "focus-visible"], ["hover", "active"]]) {
        for (const nodeId of nodeIds) await cdp.send("CSS.forcePseudoState", { nodeId, forcedPseudoClasses: state });
        for (const m of await page.evaluate(measure)) {
          if (m.ratio < AA) low.add(`${colorScheme} ${state.join("+") || "rest"}: "${m.text}" ${m.ratio.toFixed(2)}:1`);
        }
      }
      assert.deepEqual([...low], [], `${hash}: controls whose text falls below ${AA}:1`);
      await page.context().close();
    }
  });
}
