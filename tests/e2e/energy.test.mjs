// The energy chart switches metric and scale, and the table agrees with the CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useSite, newPage, openRoute } from "./support.mjs";

const site = useSite();

const barWidth = (page, language) =>
  page.locator(`.bar[data-language="${language}"] rect`).getAttribute("width").then(Number);

test("27 bars; switching metric and scale redraws them", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  assert.equal(await page.locator(".bar").count(), 27);
  assert.match(await page.locator(".bar-chart title").textContent(), /Energy/);
  const pythonLinear = await barWidth(page, "Python");
  const rustLinear = await barWidth(page, "Rust");
  assert.ok(pythonLinear > 30 * rustLinear, `linear: Python ${pythonLinear} vs Rust ${rustLinear}`);

  await page.getByLabel("Log").check();
  const pythonLog = await barWidth(page, "Python");
  const rustLog = await barWidth(page, "Rust");
  assert.ok(pythonLog < 10 * rustLog, `log: Python ${pythonLog} vs Rust ${rustLog}`);

  await page.getByLabel("Peak memory").check();
  assert.match(await page.locator(".bar-chart title").textContent(), /Peak memory.*Pascal/);
  const first = await page.locator(".bar").first().getAttribute("data-language");
  assert.equal(first, "Pascal");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a focused bar shows its value in a tooltip", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  await page.locator('.bar[data-language="Rust"]').focus();
  assert.match(await page.locator(".tooltip").textContent(), /Rust · compiled.*1\.03/);
  await page.context().close();
});

test("the table view agrees with data/energy-table4.csv cell for cell", async () => {
  const csv = await readFile(new URL("../../data/energy-table4.csv", import.meta.url), "utf8");
  const [, ...records] = csv.trim().split("\n").map((l) => l.split(","));
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  await page.getByLabel("Table").check();
  await page.getByLabel("By name").check();
  const rows = await page.locator(".energy-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())),
  );
  const expected = records
    .map(([lang, type, e, t, m]) => [lang, type, Number(e).toFixed(2), Number(t).toFixed(2), Number(m).toFixed(2)])
    .sort((a, b) => a[0].toLowerCase().localeCompare(b[0].toLowerCase()));
  assert.deepEqual(rows, expected);
  await page.context().close();
});
