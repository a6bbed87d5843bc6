// The page shows its text and layout before the wasm has loaded: index.html carries a static
// snapshot of the home page and of each widget's page (scripts/prerender.mjs), which the app
// replaces when it starts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations } from "./support.mjs";

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
  page = await withoutWasm();
  await page.goto(site.url + "#/embed/energy");
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#prerendered").isVisible(), false);
  await page.context().close();
});

test("once the app starts, the snapshot is gone and the live page has no violations", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  assert.equal(await page.locator("#prerendered").count(), 0);
  assert.equal(await page.locator("h1").count(), 1, "one h1: the snapshot's was removed");
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
