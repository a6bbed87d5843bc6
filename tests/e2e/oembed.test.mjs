// oEmbed: each widget has pages of its own (its page, its embed) that a platform can fetch;
// they name the widget's oEmbed document in a discovery link, the document is valid `rich`
// oEmbed whose html embeds that widget, its thumbnail is an SVG card, and the pages open at
// the widget in a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, widgets, dom } from "./support.mjs";
import { Site } from "./pages.mjs";

const site = useSite();

/** The href of the page's oEmbed discovery link, as a platform would find it. */
async function discovered(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const html = await res.text();
  return /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
}

test("each widget's page and embed page lead to a valid oEmbed document that embeds it", async () => {
  for (const w of await widgets()) {
    const links = [await discovered(`${site.url}${w.slug}.html`), await discovered(`${site.url}embed-${w.slug}.html`)];
    for (const link of links) assert.match(link ?? "", new RegExp(`^https?://.+/oembed/${w.slug}\\.json$`), w.slug);
    const doc = await (await fetch(`${site.url}oembed/${w.slug}.json`)).json();
    assert.equal(doc.version, "1.0");
    assert.equal(doc.type, "rich");
    assert.equal(doc.title, w.title);
    assert.equal(doc.provider_name, "Why Rust");
    assert.equal(doc.height, w.embed_height);
    assert.ok(Number.isInteger(doc.width) && doc.width > 0);
    // The html is the iframe alone (platforms strip scripts), at the widget's embed route,
    // on the same site as the discovery link.
    const src = /^<iframe src="([^"]+)"/.exec(doc.html)?.[1];
    assert.equal(src, `${doc.provider_url}embed.html#/embed/${w.slug}`);
    assert.ok(links[0].startsWith(doc.provider_url));
    assert.doesNotMatch(doc.html, /<script/);
    assert.match(doc.html, /<\/iframe>$/);
    // The thumbnail: an SVG card with the widget's title.
    assert.equal(doc.thumbnail_url, `${doc.provider_url}thumbnails/${w.slug}.svg`);
    const thumbnail = await fetch(`${site.url}thumbnails/${w.slug}.svg`);
    assert.equal(thumbnail.headers.get("content-type"), "image/svg+xml");
    const svg = await thumbnail.text();
    assert.match(svg, /^<svg [^>]*width="640" height="360"/);
    assert.ok(svg.includes(w.title.split(" ")[0]), svg);
    assert.equal(doc.thumbnail_width, 640);
  }
});

test("a widget's own page and embed page open at the widget, pre-rendered and then live", async () => {
  const page = await newPage(site.browser);
  for (const w of await widgets()) {
    await page.goto(`${site.url}${w.slug}.html`);
    assert.equal(await new Site(page).heading.innerText(), w.title);
    await page.locator(`html[${dom.boot}="${dom.bootLive}"]`).waitFor({ state: "attached" });
    // (A widget may then write its state into the address: `#/decision?profile=…`.)
    assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/${w.slug}(\\?|$)`));
    await page.goto(`${site.url}embed-${w.slug}.html`);
    await page.locator(`.${w.slug}-widget`).first().waitFor();
    assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/embed/${w.slug}(\\?|$)`));
    assert.equal(await new Site(page).chrome.count(), 0, "an embed has no site header");
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
