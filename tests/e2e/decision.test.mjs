// Changing the profile or a weight flips the decision verdict.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute } from "./support.mjs";

const site = useSite();

const verdict = (page) => page.locator("[data-verdict]").getAttribute("data-verdict");

test("a CLI tool is a good fit; a quick prototype is probably not Rust and names Python", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  await page.selectOption("#decision-profile", "cli-tool");
  assert.equal(await verdict(page), "good-fit");
  await page.selectOption("#decision-profile", "quick-prototype");
  assert.equal(await verdict(page), "probably-not");
  assert.match(await page.locator("[data-verdict]").innerText(), /Python/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("moving the weights by keyboard changes the verdict", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/decision");
  await page.selectOption("#decision-profile", "cli-tool");
  assert.equal(await verdict(page), "good-fit");
  const set = async (id, keys) => {
    await page.locator(`#weight-${id}`).focus();
    for (const k of keys) await page.keyboard.press(k);
  };
  await set("time-to-prototype", ["End"]);
  await set("hiring-pool", ["End"]);
  await set("runtime-speed", ["Home"]);
  await set("footprint-cold-start", ["Home"]);
  assert.equal(await verdict(page), "probably-not");
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
