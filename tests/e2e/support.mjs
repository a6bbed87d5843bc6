// Shared set-up for the end-to-end specs: a static server over dist/ (mounted under a
// sub-path, to prove every URL is relative), Debian's Chromium through playwright-core,
// console-error capture and an axe-core audit.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serveStatic } from "../../scripts/static-server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The widget registry (src/registry.rs), as the build wrote it to dist/widgets.json:
 * `[{ slug, title, nav_label, island: { dir, label } | null }]`, in page order.
 */
export async function widgets() {
  return JSON.parse(await readFile(join(dist, "widgets.json"), "utf8"));
}

/**
 * The DOM names the Rust side shares with the page's scripts and these tests (crates/ui/src/dom.rs),
 * as the build wrote them to dist/dom.json: `{ appRootId, boot, bootLive, islandState, … }`.
 */
export const dom = JSON.parse(await readFile(join(dist, "dom.json"), "utf8").catch(() => "{}"));

/** The path the site is served under, as a static host might. */
export const BASE_PATH = "/sub/path/";

/** Serves dist/ at http://127.0.0.1:PORT/sub/path/. Resolves to { url, close }. */
export async function serveDist() {
  await stat(join(dist, "index.html")).catch(() => {
    throw new Error("dist/index.html is missing: run `node scripts/dist.mjs` first (scripts/test.sh does)");
  });
  return serveStatic(dist, { basePath: BASE_PATH });
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A new page that records console errors and uncaught exceptions into `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") page.errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.errors.push(`pageerror: ${err.message}${process.env.ERROR_STACKS ? `\n${err.stack}` : ""}`));
  // Content-Security-Policy violations are reported as console errors, so every spec that
  // asserts "no console error" also asserts "no CSP violation".
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`);
    });
  });
  return page;
}

/** Opens `base` + `hash` and waits until the app has rendered into <main>. */
export async function openRoute(page, base, hash) {
  await page.goto(base + hash);
  await appStarted(page);
  await islandsSettled(page);
}

/**
 * Waits until every widget island within a screen of the viewport (the distance at which the
 * shell starts loading one, js/island-loader.js) has mounted or failed.
 */
export async function islandsSettled(page) {
  await page.waitForFunction(
    (dom) =>
      [...document.querySelectorAll(`[${dom.island}]`)].every((el) => {
        const r = el.getBoundingClientRect();
        const near = r.top < 2 * innerHeight && r.bottom > -innerHeight;
        return !near || el.getAttribute(dom.islandState) !== dom.islandLoading;
      }),
    dom,
    { timeout: 20000 },
  );
  // A part of an island below its first screen renders a few tasks later (ui::island::Later):
  // wait for those too, so what follows (axe, say) sees the whole island.
  await page.waitForFunction((dom) => !document.querySelector(`[${dom.laterPending}]`), dom, { timeout: 20000 });
}

/**
 * Scrolls the island whose module folder is `dir` (`energy-view`) into view and waits until
 * it has mounted. Resolves to its locator.
 */
export async function showIsland(page, dir) {
  const island = page.locator(`[${dom.island}="${dir}"]`).first();
  await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    ({ dom, dir }) => document.querySelector(`[${dom.island}="${dir}"]`)?.getAttribute(dom.islandState) === dom.islandReady,
    { dom, dir },
    { timeout: 20000 },
  );
  return island;
}

/**
 * Waits until the app is live: it has hydrated the page's pre-rendered markup, or rendered a
 * page the build did not pre-render (`html[data-boot="live"]`, see src/boot.rs).
 */
export async function appStarted(page) {
  await page.waitForFunction(({ boot, bootLive }) => document.documentElement.getAttribute(boot) === bootLive, dom, {
    timeout: 20000,
  });
}

/** Runs axe-core on the page; resolves to its violations (id, impact, targets). */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: an injected <script> would be blocked by the CSP.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  return result;
}

/**
 * Registers before/after hooks that serve dist/ and launch Chromium once for a spec file.
 * Returns `site`, whose `url` and `browser` are set once the hooks have run.
 */
export function useSite() {
  const site = { url: null, browser: null, server: null };
  before(async () => {
    site.server = await serveDist();
    site.url = site.server.url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * The smallest rendered font size (CSS px) of the visible text inside each element of
 * `scopes` (a locator): `[{ id, smallest }]`. Text counts at the size it is drawn: a drawing's
 * at the scale the drawing is drawn at, and any text under CSS `zoom` zoomed.
 */
export function smallestText(scopes) {
  return scopes.evaluateAll((scopes) =>
    scopes.map((scope) => {
      let smallest = Infinity;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !el || el.closest(".sr-only, title, desc")) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
        const scale = el instanceof SVGElement ? Math.abs(el.getScreenCTM()?.a ?? 1) : (el.currentCSSZoom ?? 1);
        smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
      }
      return { id: scope.id || scope.getAttribute("class") || scope.parentElement?.getAttribute("class"), smallest };
    }),
  );
}

/**
 * How the presenter's current slide fits its screen: the body's scroll and client heights
 * (it fits when scroll ≤ client + 1), the smallest visible text on the slide in CSS px and
 * where it is, and the smallest outside SVG drawings (whose text scales with the drawing: its
 * size on screen is its rendered height). Used by scripts/bench-projector.mjs and the specs.
 */
export async function measureSlide(page) {
  return page.evaluate(() => {
    const body = document.querySelector(".present-body");
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && s.visibility !== "hidden" && s.display !== "none";
    };
    let min = Infinity;
    let minHtml = Infinity;
    let where = "";
    const walker = document.createTreeWalker(document.querySelector("main.present"), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || !visible(el) || el.closest(".sr-only, [aria-hidden='true']")) continue;
      const svg = el instanceof SVGElement;
      const size = svg ? el.getBoundingClientRect().height : parseFloat(getComputedStyle(el).fontSize);
      if (!svg) minHtml = Math.min(minHtml, size);
      if (size < min) {
        min = size;
        where = `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} “${n.textContent.trim().slice(0, 24)}”`;
      }
    }
    return { scroll: body.scrollHeight, client: body.clientHeight, min, minHtml, where };
  });
}
