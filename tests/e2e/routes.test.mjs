// Every route loads from a sub-path with no console error (so no CSP violation either), and
// axe-core finds no violation, in the light and in the dark theme.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, showIsland, widgets } from "./support.mjs";

// Every widget of the registry, on its page and as an embed.
const WIDGETS = await widgets();
const ROUTES = [
  ["#/", "h1"],
  ...WIDGETS.map((w) => [`#/${w.slug}`, `.${w.slug}-widget`]),
  ...WIDGETS.map((w) => [`#/embed/${w.slug}`, `.${w.slug}-widget`]),
  ["#/no/such/page", ".not-found"],
  ["#/embed/nope", ".not-found"],
  ["#/present", "main.present"],
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`#/present/${n}`, `main.present[data-slide="${n}"]`]),
];

const site = useSite();

for (const [hash, selector] of ROUTES) {
  test(`${hash} renders with no console error and no axe violation, light and dark`, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await newPage(site.browser, { colorScheme });
      await openRoute(page, site.url, hash);
      await page.waitForSelector(selector);
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
  // An island is there once it has come into view.
  for (const w of WIDGETS) {
    if (w.island) await showIsland(page, w.island.dir);
    assert.equal(await page.locator(`.${w.slug}-widget`).count(), 1, w.slug);
  }
  assert.equal(await page.locator("header nav").count(), 1);
  await page.context().close();
});

test("embed routes show the widget without site navigation", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/embed/energy");
  await page.waitForSelector(".energy-widget");
  assert.equal(await page.locator("header, nav, footer").count(), 0);
  await page.context().close();
});

test("the not-found page links back to every widget", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/nope");
  await page.waitForSelector(".not-found");
  const links = await page.locator(".not-found a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const target of ["#/", ...WIDGETS.map((w) => `#/${w.slug}`)]) {
    assert.ok(links.some((h) => h.endsWith(target)), `${target} in ${links}`);
  }
  await page.locator(".not-found a", { hasText: "Ownership" }).click();
  await page.waitForSelector(".ownership-widget");
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
  await page.waitForSelector(".not-found");
  await page.evaluate(() => {
    location.hash = "nonsense";
  });
  await page.waitForFunction(() => location.hash === "#/nonsense");
  await page.evaluate(() => {
    location.hash = "#/energy";
  });
  await page.waitForSelector(".energy-widget");
  // A doubled slash is the page meant, not the home page.
  await page.evaluate(() => {
    location.hash = "#//decision?profile=cli-tool";
  });
  await page.waitForFunction(() => location.hash.startsWith("#/decision?profile=cli-tool"));
  await page.waitForSelector(".decision-widget");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("no route scrolls sideways on a 320 px phone", async () => {
  for (const [hash, selector] of ROUTES) {
    const page = await newPage(site.browser, { viewport: { width: 320, height: 640 } });
    await openRoute(page, site.url, hash);
    await page.waitForSelector(selector);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${hash} is ${overflow} px wider than the screen`);
    await page.context().close();
  }
});

test("on a phone the header is one line and the page's heading is on the first screen", async () => {
  for (const width of [320, 390]) {
    const page = await newPage(site.browser, { viewport: { width, height: 740 } });
    await openRoute(page, site.url, "#/ownership");
    const m = await page.evaluate(() => ({
      header: document.querySelector(".site-header").getBoundingClientRect().height,
      heading: document.querySelector("main h1").getBoundingClientRect().top,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.ok(m.header <= 64, `${width} px: the header is ${m.header} px tall`);
    assert.ok(m.heading <= 120, `${width} px: the heading starts at ${m.heading} px`);
    assert.equal(m.sideways, 0);
    // Every link of the navigation can still be reached, by the keyboard too.
    const links = page.locator(".site-header nav a");
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
    for (const w of WIDGETS) {
      await openRoute(page, site.url, `#/${w.slug}`);
      const m = await page.evaluate(() => {
        const nav = document.querySelector(".site-header nav").getBoundingClientRect();
        const link = document.querySelector(".site-header nav a.current").getBoundingClientRect();
        return { nav: [nav.left, nav.right], link: [link.left, link.right] };
      });
      const starts = m.link[0] >= m.nav[0] - 0.5 && m.link[0] < m.nav[1];
      const ends = m.link[1] <= m.nav[1] + 0.5;
      assert.ok(starts && (ends || !whole), `${width} px, ${w.slug}: ${JSON.stringify(m)}`);
    }
    await page.context().close();
  }
});
