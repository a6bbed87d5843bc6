// Changing the profile or a weight flips the decision verdict.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useSite, newPage, openRoute } from "./support.mjs";
import { Decision } from "./pages.mjs";

const site = useSite();

test("a database is a good fit; a quick prototype is probably not Rust and names Python", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  const decision = new Decision(page);
  await decision.chooseProfile("database");
  assert.equal(await decision.verdict(), "good-fit");
  await decision.chooseProfile("quick-prototype");
  assert.equal(await decision.verdict(), "probably-not");
  assert.match(await decision.verdictBox.innerText(), /Python/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("moving the weights by keyboard changes the verdict", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  const decision = new Decision(page);
  await decision.chooseProfile("database");
  assert.equal(await decision.verdict(), "good-fit");
  await decision.moveWeight("time-to-prototype", ["End"]);
  await decision.moveWeight("hiring-pool", ["End"]);
  await decision.moveWeight("runtime-speed", ["Home"]);
  await decision.moveWeight("safe-concurrency", ["Home"]);
  await decision.moveWeight("predictable-latency", ["Home"]);
  await decision.moveWeight("memory-safety", ["Home"]);
  assert.equal(await decision.verdict(), "probably-not");
  await page.context().close();
});

test("each 'ruled out' caption sits with its own option, not with the next", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?profile=embedded");
  await page.locator(".ranking li.excluded .excluded-by").first().waitFor();
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll(".ranking li.excluded")]
      .filter((li) => li.nextElementSibling)
      .map((li) => {
        const caption = li.querySelector(".excluded-by").getBoundingClientRect();
        const own = li.querySelector(".option-name").getBoundingClientRect();
        const next = li.nextElementSibling.querySelector(".option-name").getBoundingClientRect();
        const row = li.getBoundingClientRect();
        return { toOwn: caption.top - own.bottom, toNext: next.top - caption.bottom, inside: caption.bottom <= row.bottom };
      }),
  );
  assert.ok(gaps.length > 0, "a profile with ruled-out options");
  for (const g of gaps) {
    assert.ok(g.inside && g.toOwn < g.toNext, JSON.stringify(g));
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a profile says what matters and why, where the articles list it, and what else it depends on", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision?profile=game-engine");
  const decision = new Decision(page);
  // The verdict falls where the matrix puts it: a close call between Rust and C/C++.
  assert.equal(await decision.verdict(), "it-depends");
  assert.match(await decision.verdictBox.innerText(), /Rust.*C \/ C\+\+/);
  // What matters, in words, with each level's weight on its slider.
  const stated = await page.locator(".priorities li").evaluateAll((l) =>
    l.map((e) => [e.dataset.criterion, e.dataset.level, e.innerText]));
  assert.ok(stated.length >= 3, JSON.stringify(stated));
  const weightOf = { decisive: "5", important: "3", minor: "1" };
  for (const [criterion, level, text] of stated) {
    assert.match(text, /—\s*(decisive|important|minor):\s*\S.{20,}/);
    assert.equal(await page.locator(`#weight-${criterion}`).inputValue(), weightOf[level], criterion);
  }
  // The articles list it as a good fit; the page says the matrix differs.
  const articles = page.locator(".articles");
  assert.equal(await articles.getAttribute("data-articles"), "differs");
  assert.match(await articles.innerText(), /Why Rust\./);
  // The caveats link their sources.
  const links = await page.locator(".caveats a").evaluateAll((l) => l.map((a) => a.href));
  assert.ok(links.length >= 1 && links.every((h) => h.startsWith("https://")), JSON.stringify(links));
  // Memory safety says how it is scored, where its scores are shown: embedded firmware,
  // where it separates Rust from C/C++.
  await decision.chooseProfile("embedded");
  assert.match(await page.locator(".deciding").innerText(), /Memory safety[\s\S]*How it is scored: 5: no use-after-free/);
  // By that rule a managed language is as memory-safe as Rust, and security-critical
  // work becomes a close call.
  await decision.chooseProfile("security-critical");
  assert.equal(await decision.verdict(), "it-depends");
  // A profile where the two agree says so.
  await decision.chooseProfile("shell-glue");
  assert.equal(await page.locator(".articles").getAttribute("data-articles"), "agrees");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the matrix's sources name the article they come from, not a seed", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  const decision = new Decision(page);
  await decision.verdictBox.waitFor();
  const sources = await decision.root.locator(".source").allInnerTexts();
  assert.ok(sources.some((s) => s.includes("“Why Rust.”")), sources.join(" | "));
  assert.deepEqual(sources.filter((s) => /\bseed/i.test(s)), []);
  // A fact the article does not state cites its primary source, with a link: WebAssembly
  // work weighs Go's wasm output (the Go wiki) against Rust's. An article, which has no
  // address, links to the list of articles on the sources page.
  await decision.chooseProfile("webassembly");
  const links = decision.root.locator(".source a");
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.some((h) => h.startsWith("https://")), hrefs.join(" "));
  for (const href of hrefs) assert.ok(href.startsWith("https://") || href === "sources.html#articles", href);
  await page.context().close();
});

test("the matrix's data is one click away: decision.toml, and a CSV of every cell", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  const decision = new Decision(page);
  await decision.verdictBox.waitFor();
  const fetchLink = async (name) => {
    const href = await decision.root.getByRole("link", { name, exact: true }).getAttribute("href");
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200, href);
    return response.text();
  };
  const toml = await readFile(new URL("../../data/decision.toml", import.meta.url), "utf8");
  assert.equal(await fetchLink("decision.toml"), toml);
  const cells = toml.match(/^\[\[cells\]\]$/gm).length;
  const rows = (await fetchLink("as CSV")).trim().split("\n");
  assert.equal(rows[0], "option,criterion,score,reason,source,url");
  assert.equal(rows.length, 1 + cells, "one row a cell");
  assert.ok(rows.some((r) => r.startsWith("go,runs-in-browser,") && r.includes("https://")), "links travel with their cells");
  await page.context().close();
});
