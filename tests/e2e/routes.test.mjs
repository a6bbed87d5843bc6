// Every route loads from a sub-path with no console error (so no CSP violation either), and
// axe-core finds no violation, in the light and in the dark theme.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, showIsland, widgets } from "./support.mjs";
import { Present, Site } from "./pages.mjs";

// Every widget of the registry, on its page and as an embed; with each route, the part that
// shows once it has rendered (a locator on the page).
const WIDGETS = await widgets();
const ROUTES = [
  ["#/", (page) => new Site(page).heading],
  ...WIDGETS.map((w) => [`#/${w.slug}`, (page) => new Site(page).widget(w.slug)]),
  ...WIDGETS.map((w) => [`#/embed/${w.slug}`, (page) => new Site(page).widget(w.slug)]),
  ["#/no/such/page", (page) => new Site(page).notFound],
  ["#/embed/nope", (page) => new Site(page).notFound],
  ["#/present", (page) => new Present(page).root],
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`#/present/${n}`, (page) => new Present(page).at(n)]),
];

/** Waits until the route's part `shown` is visible. */
const rendered = (page, shown) => shown(page).first().waitFor();

const site = useSite();

for (const [hash, shown] of ROUTES) {
  test(`${hash} renders with no console error and no axe violation, light and dark`, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await newPage(site.browser, { colorScheme });
      await openRoute(page, site.url, hash);
      await rendered(page, shown);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${colorScheme}: ${JSON.stringify(violations, null, 2)}`);
      assert.deepEqual(page.errors, [], colorScheme);
      await page.context().close();
    }
  });
}

test("the home page shows every widget and the site navigation", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  const shell = new Site(page);
  // An island is there once it has come into view.
  for (const w of WIDGETS) {
    if (w.island) await showIsland(page, w.island.dir);
    assert.equal(await shell.widget(w.slug).count(), 1, w.slug);
  }
  assert.equal(await shell.nav.count(), 1);
  await page.context().close();
});

test("embed routes show the widget without site navigation", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/embed/energy");
  const shell = new Site(page);
  await shell.widget("energy").waitFor();
  assert.equal(await shell.chrome.count(), 0);
  await page.context().close();
});

test("the not-found page links back to every widget", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/nope");
  const shell = new Site(page);
  await shell.notFound.waitFor();
  const links = await shell.notFoundLinks.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const target of ["#/", ...WIDGETS.map((w) => `#/${w.slug}`)]) {
    assert.ok(links.some((h) => h.endsWith(target)), `${target} in ${links}`);
  }
  await shell.notFoundLinks.filter({ hasText: "Ownership" }).click();
  await shell.widget("ownership").waitFor();
  await page.context().close();
});

test("the theme toggle switches the page between light and dark", async () => {
  const page = await newPage(site.browser, { colorScheme: "light" });
  await openRoute(page, site.url, "#/");
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole("button", { name: /Theme: system/ }).click(); // → light
  await page.getByRole("button", { name: /Theme: light/ }).click(); // → dark
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  assert.notEqual(await bg(), light);
  await page.context().close();
});

test("a hash without a leading slash shows the not-found page, and a doubled slash the page meant", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#intro");
  const shell = new Site(page);
  await shell.notFound.waitFor();
  await page.evaluate(() => {
    location.hash = "nonsense";
  });
  await page.waitForFunction(() => location.hash === "#/nonsense");
  await page.evaluate(() => {
    location.hash = "#/energy";
  });
  await shell.widget("energy").waitFor();
  // A doubled slash is the page meant, not the home page.
  await page.evaluate(() => {
    location.hash = "#//decision?profile=cli-tool";
  });
  await page.waitForFunction(() => location.hash.startsWith("#/decision?profile=cli-tool"));
  await shell.widget("decision").waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("no route scrolls sideways on a 320 px phone", async () => {
  for (const [hash, shown] of ROUTES) {
    const page = await newPage(site.browser, { viewport: { width: 320, height: 640 } });
    await openRoute(page, site.url, hash);
    await rendered(page, shown);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${hash} is ${overflow} px wider than the screen`);
    await page.context().close();
  }
});

test("on a phone the header is one line and the page's heading is on the first screen", async () => {
  for (const width of [320, 390]) {
    const page = await newPage(site.browser, { viewport: { width, height: 740 } });
    await openRoute(page, site.url, "#/ownership");
    const shell = new Site(page);
    const m = {
      header: await shell.header.evaluate((el) => el.getBoundingClientRect().height),
      heading: await shell.heading.first().evaluate((el) => el.getBoundingClientRect().top),
      sideways: await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    };
    assert.ok(m.header <= 64, `${width} px: the header is ${m.header} px tall`);
    assert.ok(m.heading <= 120, `${width} px: the heading starts at ${m.heading} px`);
    assert.equal(m.sideways, 0);
    // Every link of the navigation can still be reached, by the keyboard too.
    const links = shell.navLinks;
    await links.last().focus();
    const box = await links.last().boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width, JSON.stringify(box));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("on a phone the current page's link is scrolled into the navigation strip", async () => {
  // At 390 px the link is all in view; at 320 px the strip can be narrower than one link, and
  // the link starts at its left edge.
  for (const [width, whole] of [[390, true], [320, false]]) {
    const page = await newPage(site.browser, { viewport: { width, height: 740 } });
    const shell = new Site(page);
    for (const w of WIDGETS) {
      await openRoute(page, site.url, `#/${w.slug}`);
      const [nav, link] = await Promise.all(
        [shell.nav, shell.currentLink].map((l) => l.evaluate((el) => el.getBoundingClientRect().toJSON())),
      );
      const m = { nav: [nav.left, nav.right], link: [link.left, link.right] };
      const starts = m.link[0] >= m.nav[0] - 0.5 && m.link[0] < m.nav[1];
      const ends = m.link[1] <= m.nav[1] + 0.5;
      assert.ok(starts && (ends || !whole), `${width} px, ${w.slug}: ${JSON.stringify(m)}`);
    }
    await page.context().close();
  }
});
