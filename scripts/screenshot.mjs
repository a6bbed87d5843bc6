// Takes a screenshot of a route of the built site (dist/), e.g. for the README:
//   node scripts/screenshot.mjs '#/' docs/screenshot.png [width] [light|dark] [height]
import { serveDist, launch, appStarted } from "../tests/e2e/support.mjs";

const [, , hash = "#/", out = "screenshot.png", width = "1280", scheme = "light", height = "900"] = process.argv;
const server = await serveDist();
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme: scheme,
  });
  const page = await context.newPage();
  await page.goto(server.url + hash);
  await appStarted(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
