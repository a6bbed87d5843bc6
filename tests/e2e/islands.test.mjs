// Islands: the ownership, energy and decision widgets are wasm modules of their own, loaded
// when their place nears the viewport (src/island.rs, js/island-loader.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, showIsland, dom } from "./support.mjs";
import { Decision, Energy } from "./pages.mjs";

const site = useSite();

test("the home page's first screen fetches no island further down; scrolling to one loads it", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 720 } });
  const islands = new Set();
  page.on("request", (r) => {
    const m = /\/([a-z]+)-view\//.exec(r.url());
    if (m) islands.add(m[1]);
  });
  await openRoute(page, site.url, "#/");
  await page.waitForLoadState("networkidle");
  assert.ok(!islands.has("decision"), `fetched at once: ${[...islands]}`);
  assert.equal(await page.locator(`[${dom.island}="decision-view"]`).getAttribute(dom.islandState), dom.islandLoading);
  await showIsland(page, "decision-view");
  assert.ok(islands.has("decision"));
  await new Decision(page).verdictBox.waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an island that cannot be fetched says so, and Try again loads it", async () => {
  const page = await newPage(site.browser);
  await page.route("**/energy-view/**", (route) => route.abort("internetdisconnected"));
  await page.goto(site.url + "#/energy");
  const alert = page.locator(`[${dom.island}="energy-view"] [role="alert"]`);
  await alert.waitFor();
  assert.match(await alert.innerText(), /Could not load the energy chart/);
  // The rest of the page is alive: the navigation still works.
  assert.equal(await page.locator("main h1").innerText(), "Energy, time and memory of 27 languages");
  await page.unroute("**/energy-view/**");
  await page.getByRole("button", { name: "Try again" }).click();
  const energy = new Energy(page);
  await energy.root.waitFor();
  assert.equal(await energy.bar().count(), 27);
  // The failed fetch is the only console error.
  assert.ok(page.errors.every((e) => /energy-view|ERR_INTERNET_DISCONNECTED|Failed to fetch|dynamically imported/i.test(e)), page.errors.join("; "));
  await page.context().close();
});

test("leaving a widget's page unmounts its island; coming back mounts it afresh with the URL's state", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy?metric=memory");
  const energy = new Energy(page);
  assert.match(await energy.title.textContent(), /^Peak memory/);
  await page.locator("header nav").getByRole("link", { name: "When to use it" }).click();
  await new Decision(page).verdictBox.waitFor();
  assert.equal(await energy.root.count(), 0);
  await page.goBack();
  await energy.root.waitFor();
  assert.match(await energy.title.textContent(), /^Peak memory/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
