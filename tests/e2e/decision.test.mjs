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
