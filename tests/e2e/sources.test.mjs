// The sources page: reached from the footer, every widget page and #/sources; it lists what
// the widgets show, with the same words, and each link is an https address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, axeViolations, widgets } from "./support.mjs";

const site = useSite();

test("the sources page is one click from every widget and from the footer", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  await page.locator(".site-footer a", { hasText: "the sources page" }).click();
  await page.waitForURL(/sources\.html$/);
  await page.locator("h1", { hasText: "Sources" }).waitFor();
  for (const { slug } of await widgets()) {
    await openRoute(page, site.url, `#/${slug}`);
    await page.locator(".sources-link a").click();
    await page.waitForURL(new RegExp(`sources\\.html#${slug}$`));
    assert.ok(await page.locator(`section#${slug} h2`).isVisible(), slug);
  }
  // The address the issue names works too.
  await page.goto(site.url + "#/sources");
  await page.waitForURL(/sources\.html$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the sources page says what the widgets say, and links only to https addresses", async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url + "sources.html");
  // The energy chart's caveats, word for word, as the widget shows them.
  await openRoute(page, site.url, "#/energy");
  await page.locator(".energy-widget aside.sources li").first().waitFor();
  const shown = await page.locator(".energy-widget aside.sources li").allInnerTexts();
  await page.goto(site.url + "sources.html");
  const listed = await page.locator("section#energy .caveats li").allInnerTexts();
  assert.ok(shown.length >= 4);
  for (const caveat of shown) assert.ok(listed.includes(caveat), caveat);
  // Every cell of the decision matrix: seven options for each criterion, each with a source.
  const rows = await page.locator("section#decision table.cells tbody tr").count();
  const criteria = await page.locator("section#decision table.cells").count();
  assert.equal(rows, 7 * criteria);
  assert.ok(criteria >= 13);
  // Each of the checker's error codes links to rustc's explanation of it.
  const codes = await page.locator("section#ownership .codes a").evaluateAll((l) => l.map((a) => [a.textContent, a.href]));
  assert.ok(codes.some(([code]) => code === "E0382") && codes.some(([code]) => code === "E0499"));
  for (const [code, href] of codes) assert.equal(href, `https://doc.rust-lang.org/error_codes/${code}.html`);
  // Every cell's source can be followed: a link to it on the web, or, for one of the
  // articles the site grew from (which have no address), a link to their list on this page.
  const citations = await page.locator("section#decision table.cells td .source").evaluateAll((l) =>
    l.map((s) => ({ text: s.textContent, href: s.querySelector("a")?.getAttribute("href") ?? null })),
  );
  assert.equal(citations.length, rows);
  for (const { text, href } of citations) {
    assert.ok(href !== null && (href.startsWith("https://") || href === "sources.html#articles"), `${text}: ${href}`);
  }
  const articles = await page.locator("section#articles article h3").allInnerTexts();
  assert.ok(articles.includes("“Why Rust.”") && articles.includes("“Why We Use Rust”"), articles.join(" | "));
  for (const { text, href } of citations.filter((c) => c.href === "sources.html#articles")) {
    assert.ok(articles.some((title) => text.includes(title)), `${text} names one of the articles`);
  }
  const external = await page.locator("main a[href^='http']").evaluateAll((l) => l.map((a) => a.getAttribute("href")));
  assert.ok(external.length > 50);
  for (const href of external) assert.ok(href.startsWith("https://"), href);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
