// How the presenter's default deck fits a projector (issue 17): for each slide at 1920 × 1080,
// 1280 × 720 and 1024 × 768, whether the slide's content fits its screen without scrolling
// (the body's scroll height against its height) and the smallest text on it (the computed
// font size of every visible text node's element, and, for SVG text, its rendered height).
// The budget it reports against: every slide fits, and no text under 24 px at 1920 × 1080.
//
//   node scripts/bench-projector.mjs
//
// Needs a release build in dist/ (`node scripts/dist.mjs`). Prints one line per slide and
// size; exits 0 (a measurement, not a gate, until the slides meet it).
import { serveDist, launch, newPage, openRoute } from "../tests/e2e/support.mjs";

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
];

const server = await serveDist();
const browser = await launch();
try {
  for (const [width, height] of SIZES) {
    const page = await newPage(browser, { viewport: { width, height } });
    await openRoute(page, server.url, "#/present/1");
    const count = Number((await page.locator(".present-count").innerText()).split("/ ")[1]);
    let fits = 0;
    let smallest = Infinity;
    for (let slide = 1; slide <= count; slide++) {
      await openRoute(page, server.url, `#/present/${slide}`);
      await page.locator(`main.present[data-slide="${slide}"]`).waitFor();
      const m = await page.evaluate(() => {
        const body = document.querySelector(".present-body");
        const visible = (el) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none";
        };
        let min = Infinity;
        let where = "";
        const walker = document.createTreeWalker(document.querySelector("main.present"), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || !el || !visible(el) || el.closest(".sr-only, [aria-hidden='true']")) continue;
          // SVG text scales with its drawing: its size on screen is its rendered height.
          const size = el instanceof SVGElement ? el.getBoundingClientRect().height : parseFloat(getComputedStyle(el).fontSize);
          if (size < min) {
            min = size;
            where = `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} “${n.textContent.trim().slice(0, 24)}”`;
          }
        }
        return { scroll: body.scrollHeight, client: body.clientHeight, min, where };
      });
      const fit = m.scroll <= m.client + 1;
      fits += fit;
      smallest = Math.min(smallest, m.min);
      console.log(
        `${width}×${height} slide ${slide}: ${fit ? "fits" : `overflows by ${m.scroll - m.client} px`}; smallest text ${m.min.toFixed(1)} px (${m.where})`,
      );
    }
    console.log(`${width}×${height}: ${fits} of ${count} slides fit; smallest text ${smallest.toFixed(1)} px\n`);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}
