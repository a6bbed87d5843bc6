// Soak: 2,000 interactions across the four widgets on the home page. After a warm-up, the
// memory of every wasm module (the shell and the three widget islands, one of which carries the
// ownership engine) and
// the JavaScript heap (after a forced garbage collection) must stop growing (less than 10 MB
// of growth), and no console error may appear.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, showIsland, widgets } from "./support.mjs";
import { Calculator, inside } from "./pages.mjs";

const site = useSite();
const INTERACTIONS = 2000;
const WARM_UP = 200;
const MB = 1024 * 1024;

/**
 * What the interactions use, from the document, as pages.mjs names it: they run inside the
 * page (2,000 of them through Playwright's locators would take too long), so they query it.
 */
const TARGETS = {
  digit: inside("calculator", "digit"),
  op: inside("calculator", "op"),
  editor: inside("ownership", "editor"),
  stepper: inside("ownership", "stepper"),
  preset: inside("ownership", "preset"),
  metric: inside("energy", "metric"),
  scale: inside("energy", "scale"),
  profile: inside("decision", "profile"),
};

/** Runs `count` interactions in the page, cycling through the widgets; resolves when done. */
function interact(page, from, count) {
  return page.evaluate(
    async ({ from, count, targets: t }) => {
      // Every interaction finds its target or fails the test: a selector that drifts must not
      // let the soak pass doing nothing.
      const q = (s) => {
        const el = document.querySelector(s);
        if (!el) throw new Error(`soak: nothing matches ${s}`);
        return el;
      };
      const nth = (s, i) => {
        const els = document.querySelectorAll(s);
        if (els.length === 0) throw new Error(`soak: nothing matches ${s}`);
        return els[i % els.length];
      };
      const tick = () => new Promise((r) => setTimeout(r, 0));
      const editor = q(t.editor);
      const base = editor.value;
      for (let i = from; i < from + count; i++) {
        switch (i % 8) {
          case 0: // calculator: a digit, then an operation (the log stays capped)
            nth(t.digit, i).click();
            break;
          case 1:
            nth(t.op, i).click();
            break;
          case 2: { // ownership: edit the program (a re-analysis each time)
            editor.value = i % 16 === 2 ? base : `${base}\n// edit ${i}`;
            editor.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
            break;
          }
          case 3: // ownership: step forward or back
            nth(t.stepper, i % 16 === 3 ? 0 : 1).click();
            break;
          case 4: { // energy: switch the metric
            const r = nth(t.metric, i);
            r.checked = true;
            r.dispatchEvent(new Event("change", { bubbles: true }));
            break;
          }
          case 5: { // energy: switch the scale
            const r = nth(t.scale, i);
            r.checked = true;
            r.dispatchEvent(new Event("change", { bubbles: true }));
            break;
          }
          case 6: { // decision: change the profile
            const select = q(t.profile);
            select.selectedIndex = i % select.options.length;
            select.dispatchEvent(new Event("change", { bubbles: true }));
            break;
          }
          case 7: // ownership: a preset
            nth(t.preset, i).click();
            break;
        }
        await tick();
      }
    },
    { from, count, targets: TARGETS },
  );
}

/**
 * Keeps each wasm module's linear memory as the page instantiates it (the shell's first, then
 * the islands'), in `window.soakMemories`: the test watches the page from outside, with no
 * hook in the site's own code.
 */
function recordWasmMemories() {
  window.soakMemories = [];
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const memory = (result.instance ?? result).exports?.memory;
      if (memory instanceof WebAssembly.Memory) window.soakMemories.push(memory);
      return result;
    };
  }
}

/** wasm linear memory (the shell's, the islands' together) and the JS heap after a full garbage collection, in bytes. */
async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
  const [wasm, islands, modules] = await page.evaluate(() => {
    const sizes = window.soakMemories.map((m) => m.buffer.byteLength);
    return [sizes[0] ?? NaN, sizes.slice(1).reduce((n, s) => n + s, 0), sizes.length];
  });
  return { heap, wasm, islands, modules };
}

test(`${INTERACTIONS} interactions: memory stops growing after warm-up and nothing errors`, { timeout: 300000 }, async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.context().addInitScript(recordWasmMemories);
  await openRoute(page, site.url, "#/");
  // The islands load as they come into view.
  for (const w of (await widgets()).filter((w) => w.island).reverse()) await showIsland(page, w.island.dir);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");

  await interact(page, 0, WARM_UP);
  const warm = await memory(page, cdp);
  assert.ok(Number.isFinite(warm.wasm) && warm.wasm > 0, "the wasm memory is readable");
  const islands = (await widgets()).filter((w) => w.island).length;
  assert.equal(warm.modules, 1 + islands, "the shell's memory and each island's are watched");
  assert.ok(Number.isFinite(warm.heap) && warm.heap > 0, "the JS heap is readable");
  await interact(page, WARM_UP, INTERACTIONS - WARM_UP);
  const end = await memory(page, cdp);
  const growth = {
    wasm: end.wasm - warm.wasm,
    heap: end.heap - warm.heap,
    islands: end.islands - warm.islands,
  };
  assert.ok(Number.isFinite(warm.islands) && warm.islands > 0, "the islands' memory is readable");
  console.log(
    `soak: app wasm ${(warm.wasm / MB).toFixed(1)} → ${(end.wasm / MB).toFixed(1)} MB, ` +
      `islands wasm ${(warm.islands / MB).toFixed(1)} → ${(end.islands / MB).toFixed(1)} MB, ` +
      `JS heap ${(warm.heap / MB).toFixed(1)} → ${(end.heap / MB).toFixed(1)} MB after ${INTERACTIONS} interactions`,
  );
  assert.ok(growth.wasm < 10 * MB, `wasm memory grew ${(growth.wasm / MB).toFixed(1)} MB`);
  assert.ok(growth.heap < 10 * MB, `JS heap grew ${(growth.heap / MB).toFixed(1)} MB`);
  assert.ok(growth.islands < 10 * MB, `islands' memory grew ${(growth.islands / MB).toFixed(1)} MB`);
  // The widgets still answer.
  const calls = await new Calculator(page).calls().count();
  assert.ok(calls > 2 && calls <= 60, `the call log has the keypad's calls and stays capped (${calls})`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
