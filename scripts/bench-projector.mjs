// How the presenter's default deck fits a projector (issue 17): for each slide at 1920 × 1080,
// 1280 × 720 and 1024 × 768, whether the slide's content fits its screen without scrolling
// (the body's scroll height against its height) and the smallest text on it (the computed
// font size of every visible text node's element, and, for SVG text, its rendered height).
// The budget it reports against: every slide fits, and no text under 24 px at 1920 × 1080.
//
//   node scripts/bench-projector.mjs
//
// Needs a release build in dist/ (`node scripts/dist.mjs`). Prints one line per slide and
// size; exits 0 (a measurement; tests/e2e/present.test.mjs holds the slides to it).
import { serveDist, launch, newPage, openRoute, islandsSettled, measureSlide } from "../tests/e2e/support.mjs";

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
      await islandsSettled(page);
      const m = await measureSlide(page);
      const fit = m.scroll <= m.client + 1;
      fits += fit;
      smallest = Math.min(smallest, m.min);
      console.log(
        `${width}×${height} slide ${slide}: ${fit ? "fits" : `overflows by ${m.scroll - m.client} px`}; smallest text ${m.min.toFixed(1)} px (${m.where}); smallest outside drawings ${m.minHtml.toFixed(1)} px`,
      );
    }
    console.log(`${width}×${height}: ${fits} of ${count} slides fit; smallest text ${smallest.toFixed(1)} px\n`);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}
