// After one visit, the service worker serves the whole site with no network: every route,
// every widget, the standalone calculator module and its demo page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, appStarted } from "./support.mjs";

const site = useSite();

test("every route and widget works offline after the first visit", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  });
  await page.context().setOffline(true);

  await page.reload();

  await appStarted(page);
  await page.waitForSelector(".calculator-widget");
  for (const [hash, selector] of [
    ["#/calculator", ".calculator-widget"],
    ["#/ownership", ".ownership-widget"],
    ["#/energy", ".energy-widget"],
    ["#/decision?profile=throwaway", '[data-verdict="probably-not"]'],
    ["#/embed/calculator", ".calculator-widget"],
    ["#/embed/ownership", ".ownership-widget"],
    ["#/embed/energy", ".energy-widget"],
    ["#/embed/decision?profile=cli-tool", '[data-verdict="it-depends"]'],
    ["#/present/3", 'main.present[data-slide="3"]'],
    ["#/no/such/page", ".not-found"],
  ]) {
    await page.goto(site.url + hash);
    await page.reload();
    await appStarted(page);
    await page.waitForSelector(selector);
  }
  // A widget still computes offline.
  await page.goto(site.url + "#/calculator");
  await page.reload();
  await appStarted(page);
  await page.locator(".keypad").getByRole("button", { name: "9", exact: true }).click();
  await page.locator('.keypad [data-op="add"]').click();
  assert.equal(await page.locator(".calc-value .value").innerText(), "9");

  // The other widgets still respond offline: a metric switch, a profile change.
  await page.goto(site.url + "#/energy");
  await page.reload();
  await appStarted(page);
  await page.getByLabel("Time", { exact: true }).check();
  assert.match(await page.locator(".bar-chart title").textContent(), /^Time/);
  await page.goto(site.url + "#/decision?profile=throwaway");
  await page.reload();
  await appStarted(page);
  await page.selectOption("#decision-profile", "cli-tool");
  await page.waitForSelector('[data-verdict="it-depends"]');

  // The standalone module and its demo page, too.
  await page.goto(site.url + "calculator/demo.html");
  await page.waitForFunction(() => document.getElementById("value").textContent === "0");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Chromium finds the site installable (web app manifest, service worker)", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/");
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where Chromium never offers installation; every
  // other reason (manifest fields, icons, service worker, start URL) would be listed here.
  const reasons = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  assert.deepEqual(reasons, []);
  await page.context().close();
});
