// The energy chart switches metric and scale, and the table agrees with the CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useSite, newPage, openRoute } from "./support.mjs";
import { Energy } from "./pages.mjs";

const site = useSite();

const barWidth = (energy, language) => energy.bar(language).locator("rect").getAttribute("width").then(Number);

test("27 bars; switching metric and scale redraws them", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  assert.equal(await energy.chart.locator(".bar").count(), 27);
  assert.match(await energy.title.textContent(), /Energy/);
  const pythonLinear = await barWidth(energy, "Python");
  const rustLinear = await barWidth(energy, "Rust");
  assert.ok(pythonLinear > 30 * rustLinear, `linear: Python ${pythonLinear} vs Rust ${rustLinear}`);

  await energy.choose("Log");
  // On the log scale a bar is as long as the logarithm of its ratio to C (1×): Python's
  // 75.88 against Go's 3.23 (Table 4) is log 75.88 / log 3.23 ≈ 3.69 times as long.
  // Both read at once, from the attributes (the bars' CSS transition animates what getBBox
  // would say for 0.2 s after the switch).
  const [pythonLog, goLog] = await page.evaluate(() =>
    ["Python", "Go"].map((l) => Number(document.querySelector(`.bar[data-language="${l}"] rect`).getAttribute("width"))),
  );
  const expected = Math.log(75.88) / Math.log(3.23);
  assert.ok(Math.abs(pythonLog / goLog - expected) < 0.05, `log: Python ${pythonLog} vs Go ${goLog}`);

  await energy.choose("Peak memory");
  assert.match(await energy.title.textContent(), /^Peak memory/);
  const first = await energy.chart.locator(".bar").first().getAttribute("data-language");
  assert.equal(first, "Pascal");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a focused bar shows its value in a tooltip", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  await new Energy(page).bar("Rust").focus();
  assert.match(await page.locator(".tooltip").textContent(), /Rust · compiled.*1\.03/);
  await page.context().close();
});

test("the table view agrees with data/energy-table4.csv cell for cell", async () => {
  const csv = await readFile(new URL("../../data/energy-table4.csv", import.meta.url), "utf8");
  const [, ...records] = csv.trim().split(/\r?\n/).map((l) => l.split(","));
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  await energy.choose("Table");
  await energy.choose("By name");
  const rows = await page.locator(".energy-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent.trim())),
  );
  const expected = records
    .map(([lang, type, e, t, m]) => [lang, type, Number(e).toFixed(2), Number(t).toFixed(2), Number(m).toFixed(2)])
    .sort((a, b) => a[0].toLowerCase().localeCompare(b[0].toLowerCase()));
  assert.deepEqual(rows, expected);
  await page.context().close();
});

test("the issue's example link restores metric, scale, reference and highlights", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy?metric=time&scale=log&rel=Rust&hl=Python,Go");
  const energy = new Energy(page);
  assert.match(await energy.title.textContent(), /Time.*relative to Rust.*log/);
  const value = (l) => energy.bar(l).locator(".bar-value").textContent();
  assert.equal(await value("Rust"), "1.00");
  assert.equal(await value("C"), (1.0 / 1.04).toFixed(2));
  const highlighted = await page.locator(".bar.highlight").evaluateAll((bars) => bars.map((b) => b.dataset.language).sort());
  assert.deepEqual(highlighted, ["Go", "Python"]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("highlighting, filtering and the reference update the chart and the URL", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy");
  const energy = new Energy(page);
  await energy.bar("Go").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes("hl=C,Rust,Go"));
  await energy.root.locator('input[data-type="interpreted"]').uncheck();
  assert.equal(await energy.bar("Python").count(), 0);
  await energy.relativeTo("Java");
  assert.equal(await energy.bar("Java").locator(".bar-value").textContent(), "1.00");
  await page.waitForFunction(() => location.hash.includes("rel=Java") && location.hash.includes("hide=interpreted"));
  await page.context().close();
});

test("a link with one bad part keeps the rest and says what it left out", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/energy?metric=time&rel=Nope&hl=Go");
  await page.waitForSelector('[data-notice="bad-link"]');
  assert.match(await page.locator('[data-notice="bad-link"]').innerText(), /Nope/);
  // The time and the highlight are kept; the unknown reference falls back to C.
  assert.match(await page.locator(".bar-chart title").textContent(), /time.*relative to C/i);
  assert.equal(await page.locator('.bar.highlight[data-language="Go"]').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the data downloads as CSV, and the chart as SVG and PNG", async () => {
  const page = await newPage(site.browser, { acceptDownloads: true });
  await openRoute(page, site.url, "#/energy?rel=Rust");
  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = decodeURIComponent(href.split(",").slice(1).join(","));
  const lines = csv.trim().split("\n");
  assert.equal(lines[0], "language,execution_type,energy,time,memory,energy_relative_to_Rust");
  assert.equal(lines.length, 28);
  assert.ok(lines.includes("Rust,compiled,1.03,1.04,1.54,1.00"), lines.slice(0, 4).join("|"));
  const files = {};
  for (const [name, ext, magic] of [["Download SVG", "svg", "<svg"], ["Download PNG", "png", "\x89PNG"]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`\\.${ext}$`));
    const path = await download.path();
    files[ext] = (await import("node:fs")).readFileSync(path);
    const head = files[ext].subarray(0, 4).toString("latin1");
    assert.ok(head.startsWith(magic.slice(0, 4)) || head.includes(magic.slice(0, 4)), `${ext}: ${JSON.stringify(head)}`);
  }
  // The image can go into a slide as it is: it carries the title, the units, the legend and
  // the source, not only the bars.
  const svg = files.svg.toString("utf8");
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const all = texts.join(" ");
  for (const expected of [/Energy of 27 languages, relative to Rust = 1\.00/, /Normalized energy: .*lower is better/, /compiled/, /virtual machine/, /interpreted/, /Source: R\. Pereira.*Science of Computer Programming/]) {
    assert.match(all, expected);
  }
  // The PNG is the same framed picture at twice the size: taller than the chart alone.
  const pngHeight = files.png.readUInt32BE(20);
  const chartHeight = await page.locator(".bar-chart").evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(pngHeight > 2 * chartHeight + 100, `PNG ${pngHeight} px for a ${chartHeight} px chart`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [file, selector] of [
  ["lambda-cold-start.csv", '[data-csv="lambda-cold-start"]'],
  ["agent-framework-benchmark.csv", '[data-csv="agent-framework-benchmark"]'],
]) {
  test(`the ${file} table agrees with the CSV cell for cell`, async () => {
    const csv = await readFile(new URL(`../../data/${file}`, import.meta.url), "utf8");
    const [header, ...records] = csv.trim().split(/\r?\n/).map((l) => l.split(","));
    const page = await newPage(site.browser);
    await openRoute(page, site.url, "#/energy");
    const table = page.locator(selector);
    // The further evidence renders a task after the chart.
    await table.locator("tbody tr").first().waitFor({ state: "attached" });
    const heads = await table.locator("thead th").allTextContents();
    assert.deepEqual(heads, header);
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    assert.equal(rows.length, records.length);
    records.forEach((record, i) => {
      record.forEach((cell, j) => {
        const shown = rows[i][j];
        const same = Number.isNaN(Number(cell)) ? shown === cell : Number(shown) === Number(cell);
        assert.ok(same, `${file} row ${i + 1}, ${header[j]}: CSV ${cell}, table ${shown}`);
      });
    });
    await page.context().close();
  });
}
