// Build step (run by finish-dist.mjs on Trunk's staging dir): renders the home page `#/`, each
// widget's page and each embed in headless Chromium and writes their first screens as static,
// inert HTML inside <div id="prerendered">: into index.html the header once, then each page's
// main content in a <div data-snapshot="home|calculator|ownership|energy|decision">; into
// embed.html (a copy of index.html, the document the embed snippet points at) each embed's
// whole <main data-snapshot="embed-WIDGET">. So a visitor sees the page's
// text and layout at once, before the wasm has loaded. assets/prerender.js (inlined in the
// page) marks the route on <html>, and the CSS shows that route's part only (the header alone
// with "Loading…" elsewhere; nothing in an embed whose link carries widget state). The app
// removes the snapshot when it starts (src/lib.rs) and renders the live page in its place.
// On the pages, islands are held back while a page is captured, so a widget island's part is
// its "Loading…" placeholder, as the live page first shows it. In an embed the widget is the
// whole page, so its island is captured mounted, and the live placeholder keeps that copy
// (inert, under the loading line) until the island replaces it (js/island-loader.js).
//
//   node scripts/prerender.mjs DIR
import { serveStatic } from "./static-server.mjs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";


/** Renders `#/` from `dir` and writes the snapshot into `dir/index.html`. */
export async function prerender(dir) {
  const server = await serveStatic(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    // An island's module never arrives here: its place stays the loading placeholder.
    await context.route("**/*-view/**", () => {});
    // Here islands load: an embed's snapshot is the widget itself.
    const live = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
    // (Defined here, run in the page.) A code block scrolls after about 24 lines (styles/layout.css): the snapshot keeps the
    // first 40 of each, which look the same, instead of all of them on every first load.
    const trimCode = (root) => {
      for (const code of root?.querySelectorAll(".code-block code") ?? []) {
        for (const line of [...code.children].slice(40)) line.remove();
      }
    };
    // (Run in the page too.) Form controls keep their state in properties, which HTML does not
    // serialize: write each into its attribute or text, so the snapshot shows what the app does.
    const freezeForms = () => {
      for (const el of document.querySelectorAll("textarea")) el.textContent = el.value;
      for (const el of document.querySelectorAll("input")) {
        if (el.type === "checkbox" || el.type === "radio") el.toggleAttribute("checked", el.checked);
        else el.setAttribute("value", el.value);
      }
      for (const el of document.querySelectorAll("option")) el.toggleAttribute("selected", el.selected);
    };
    const open = async (ctx, hash) => {
      const page = await ctx.newPage();
      await page.addInitScript(`globalThis.trimCode = ${trimCode}; globalThis.freezeForms = ${freezeForms};`);
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector("main#main h1", { timeout: 30000 });
      await page.waitForTimeout(100);
      return page;
    };
    const capture = async (hash, firstScreen) => {
      const page = await open(context, hash);
      const html = await page.evaluate((n) => {
        freezeForms();
        const body = document.body.cloneNode(true);
        for (const el of body.querySelectorAll("script, noscript, #prerendered")) el.remove();
        const main = body.querySelector("main");
        // The first screen is what matters before the wasm arrives; the rest would only add
        // bytes to every first load.
        for (const el of [...(main?.children ?? [])].slice(n)) el.remove();
        trimCode(main);
        const status = Object.fromEntries([...body.querySelectorAll("[data-island] .island-status")]
          .map((el) => [el.closest("[data-island]").dataset.island, el.outerHTML]));
        return { header: body.querySelector("header")?.outerHTML ?? "", main: main?.innerHTML ?? "", mainAttrs: main ? [...main.attributes].map((a) => `${a.name}="${a.value}"`).join(" ") : "", status };
      }, firstScreen);
      await page.close();
      return html;
    };
    // An embed as it looks once its island has mounted, with the island's DOM kept as an inert
    // preview beside the loading line the live placeholder shows (src/island.rs), so that
    // js/island-loader.js can hand it to the placeholder until the island takes its place.
    const captureEmbed = async (widget, status) => {
      const page = await open(live, `#/embed/${widget}`);
      await page.waitForFunction(() => [...document.querySelectorAll("[data-island]")].every((el) => el.dataset.islandState === "ready"), null, { timeout: 30000 });
      await page.waitForTimeout(300); // parts an island renders a task later
      const html = await page.evaluate(({ widget, status }) => {
        freezeForms();
        const main = document.querySelector("main#main").cloneNode(true);
        main.removeAttribute("id");
        trimCode(main);
        main.setAttribute("data-snapshot", `embed-${widget}`);
        for (const host of main.querySelectorAll("[data-island]")) {
          const root = host.querySelector(":scope > .island-root");
          root.classList.add("island-preview");
          root.setAttribute("inert", "");
          host.dataset.islandState = "loading";
          host.setAttribute("aria-busy", "true");
          root.insertAdjacentHTML("beforebegin", status[host.dataset.island] ?? "");
        }
        return main.outerHTML;
      }, { widget, status });
      await page.close();
      return html;
    };
    // Home: the introduction and the first widget. A widget page: all of it (its heading,
    // explanation and widget, or an island's placeholder).
    // Every widget of the registry (dist/widgets.json, written by post-build.sh).
    const slugs = JSON.parse(await readFile(join(dir, "widgets.json"), "utf8")).map((w) => w.slug);
    const routes = [["home", "#/", 2], ...slugs.map((s) => [s, `#/${s}`, 1])];
    const parts = [];
    const status = {};
    let shell;
    for (const [name, hash, n] of routes) {
      const page = await capture(hash, n);
      shell ??= page;
      Object.assign(status, page.status);
      parts.push(`<div data-snapshot="${name}">${page.main}</div>`);
    }
    const embeds = [];
    for (const widget of slugs) embeds.push(await captureEmbed(widget, status));
    // The site's pages and the embeds are two documents: index.html with the pages' snapshots,
    // embed.html (the same page otherwise) with the embeds', so neither parses the other's.
    const pages = `${shell.header}<main ${shell.mainAttrs}>${parts.join("")}</main>`;
    const embedded = embeds.join("");
    const html = await readFile(join(dir, "index.html"), "utf8");
    const marker = /<div id="prerendered"[^>]*>[\s\S]*?<\/div><!--\/prerendered-->/;
    for (const [file, snapshot] of [["index.html", pages], ["embed.html", embedded]]) {
      if (/<script|\sstyle="/i.test(snapshot)) throw new Error("the snapshot has inline script or style");
      const block = `<div id="prerendered" inert>${snapshot}</div><!--/prerendered-->`;
      await writeFile(join(dir, file), marker.test(html) ? html.replace(marker, block) : html.replace("<body>", `<body>\n  ${block}`));
    }
    return { pages: pages.length, embeds: embedded.length };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = await prerender(process.argv[2] ?? "dist");
  console.log(`prerender: ${n.pages} characters of snapshots into index.html, ${n.embeds} into embed.html`);
}
