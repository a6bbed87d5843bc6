// The visualizer flags E0382 on the move preset, clears it once the code is fixed, and steps.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, newPage, openRoute, showIsland } from "./support.mjs";
import { Ownership } from "./pages.mjs";

const site = useSite();

/** Goes to the first step, then forward to the first step on `line`. */
async function stepToLine(ownership, line) {
  await ownership.root.locator(".timeline .column").first().click();
  for (let i = 0; i < 60; i++) {
    if ((await ownership.currentLine.getAttribute("data-line")) === String(line)) return;
    await ownership.button("Next step").click();
  }
  throw new Error(`no step on line ${line}`);
}

test("the move preset shows E0382 at the use after the move, and fixing the code clears it", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("Move into a function").click();
  const diagnostic = ownership.diagnostics("E0382");
  await diagnostic.waitFor();
  const editor = ownership.editor;
  const code = await editor.inputValue();
  const useLine = code.split("\n").findIndex((l) => l.includes('println!("{}", message)')) + 1;
  assert.match(await diagnostic.innerText(), new RegExp(`line ${useLine}\\b`));
  // Fix it the usual way: pass a clone.
  await ownership.write(code.replace("process_data(message);", "process_data(message.clone());"));
  await page.waitForSelector('.verdict[data-status="compiles"]');
  assert.equal(await ownership.diagnostics().count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("stepping with the buttons and the arrow keys moves through the program", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("Move into a function").click();
  const count = ownership.stepCount;
  assert.match(await count.innerText(), /^Step 1 of \d+/);
  await ownership.button("Next step").click();
  assert.match(await count.innerText(), /^Step 2 of/);
  // After the call, `message` is drawn as moved.
  await ownership.root.locator(".stepper button").first().focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  assert.match(await count.innerText(), /^Step 2 of/);
  const moved = ownership.inDiagram('.var.moved[data-var="message"]');
  assert.equal(await moved.count(), 1);
  await page.context().close();
});

test("a call of the program's own function opens a frame; Shift+→ steps over it", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("Move into a function").click();
  const count = ownership.stepCount;
  await ownership.root.locator(".stepper button").first().focus();
  await page.keyboard.press("ArrowRight");
  // Into `process_data`: its frame above `main`'s, where `message` has moved in.
  assert.match(await count.innerText(), /^Step 2 of \d+ · in fn process_data/);
  assert.deepEqual(await ownership.inDiagram(".frame-title").allTextContents(), ["fn main, waiting on line 8", "fn process_data"]);
  assert.equal(await ownership.inDiagram('.var.caller.moved[data-var="message"]').count(), 1);
  assert.equal(await ownership.inDiagram('.var:not(.caller)[data-var="data"]').count(), 1);
  assert.equal(await ownership.currentLine.getAttribute("data-line"), "2");
  // Back in `main` before the call, Shift+→ goes past the callee's steps to the call's statement.
  await page.keyboard.press("ArrowLeft");
  assert.ok(await ownership.button("Step over the call").isVisible());
  await page.keyboard.press("Shift+ArrowRight");
  assert.match(await count.innerText(), /^Step 5 of \d+$/);
  assert.equal(await ownership.root.locator(".frame-title").count(), 0);
  assert.equal(await ownership.currentLine.getAttribute("data-line"), "8");
  assert.equal(await ownership.button("Step over the call").count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the seed's Calculator, a struct with methods, compiles; without `mut` its `&mut self` call is E0596", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("A struct with methods (the Calculator)").click();
  const editor = ownership.editor;
  await page.waitForFunction(() => document.querySelector("#ownership-code")?.value.includes("impl Calculator"));
  await page.waitForSelector('.verdict[data-status="compiles"]');
  assert.match(await ownership.stepCount.innerText(), /^Step 1 of \d+/);
  const code = await editor.inputValue();
  await ownership.write(code.replace("let mut calc", "let calc"));
  const diagnostic = ownership.diagnostics("E0596");
  await diagnostic.waitFor();
  const callLine = code.split("\n").findIndex((l) => l.includes("calc.add(5)")) + 1;
  assert.match(await diagnostic.innerText(), new RegExp(`line ${callLine}\\b`));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the construct menu opens enum and Option examples with rustc's verdict", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const editor = ownership.editor;
  await ownership.openConstruct("A match moves a value out");
  // The example is fetched; the first example (shown until it arrives) is an E0382 as well.
  await page.waitForFunction(() => document.querySelector("#ownership-code")?.value.includes("again {text}"));
  const diagnostic = ownership.diagnostics("E0382");
  await diagnostic.waitFor();
  const code = await editor.inputValue();
  // The second match moves `text` out of `msg` again: rustc points at that binding.
  const lines = code.split("\n");
  const again = lines.findIndex((l) => l.includes("again {text}")) + 1;
  assert.match(await diagnostic.innerText(), new RegExp(`line ${again}\\b`));
  await ownership.openConstruct("Option, Result and the ? operator");
  await page.waitForFunction(() => document.querySelector("#ownership-code")?.value.includes("parse_digit(a)?"));
  await page.waitForSelector('.verdict[data-status="compiles"]');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("Rc handles of one value point to one heap box with its strong count", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.openConstruct("Shared ownership: Rc and its strong count");
  await page.waitForFunction(() => document.querySelector("#ownership-code")?.value.includes("let evening"));
  await page.waitForSelector('.verdict[data-status="compiles"]');
  const lines = (await ownership.editor.inputValue()).split("\n");
  const printed = lines.findIndex((l) => l.includes("Rc::strong_count(&evening)")) + 1;
  await ownership.button("Next step").focus();
  for (let i = 0; i < 20; i++) {
    if ((await ownership.currentLine.getAttribute("data-line")) === String(printed)) break;
    await page.keyboard.press("ArrowRight");
  }
  // Three handles (song, morning, evening), one box: the program prints 3 here.
  assert.equal(await ownership.inDiagram(".var").count(), 3);
  const boxes = await ownership.inDiagram(".heap-box").allTextContents();
  assert.equal(boxes.length, 1, boxes.join(" | "));
  assert.match(boxes[0], /^strong count 3 · "Clair/);
  assert.equal(await ownership.inDiagram(".owns:not(marker)").count(), 3);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("two mutable borrows are E0499 and code outside the subset is not judged", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.button("Two mutable borrows at once").click();
  await ownership.diagnostics("E0499").waitFor();
  await ownership.write("fn main() {\n    let x = 1;\n    macro_rules! twice { ($e:expr) => { $e * 2 }; }\n}\n");
  await page.waitForSelector('.verdict[data-status="unsupported"]');
  assert.match(await ownership.root.locator(".verdict").innerText(), /line 3/);
  assert.equal(await ownership.diagnostics().count(), 0);
  await page.context().close();
});

test("the program and the step live in the URL, so a link (or a reload) restores them", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const program = "fn main() {\n    let a = String::from(\"shared ✓\");\n    let b = a;\n    println!(\"{}\", b);\n}\n";
  await ownership.write(program);
  await ownership.button("Next step").click();
  await ownership.button("Next step").click();
  await page.waitForFunction(() => location.hash.includes("code=") && location.hash.includes("step=3"));
  const link = page.url();
  // A fresh visitor opening the link sees the same program at the same step.
  const other = await newPage(site.browser);
  await other.goto(link);
  await other.waitForSelector(".ownership-widget .verdict");
  assert.equal(await other.locator("#ownership-code").inputValue(), program);
  assert.match(await other.locator(".step-count").innerText(), /^Step 3 of/);
  assert.equal(await new Ownership(other).inDiagram('.var.moved[data-var="a"]').count(), 1);
  assert.equal(await other.locator('[data-notice="bad-link"]').count(), 0);
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.context().close();
  await page.context().close();
});

test("a cut-off or tampered link falls back to the first example with a notice", async () => {
  for (const query of ["code=N4Ig%25%25", "code=" + "A".repeat(17000), "step=abc"]) {
    const page = await newPage(site.browser);
    await openRoute(page, site.url, `#/ownership?${query}`);
    const ownership = new Ownership(page);
    await page.waitForSelector('[data-notice="bad-link"]');
    assert.match(await ownership.editor.inputValue(), /process_data/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("errors first: selecting a diagnostic jumps to its step and marks the borrow and the later use", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const program = "fn main() {\n    let mut scores = vec![10, 20];\n    let first = &scores[0];\n    for i in 0..3 {\n        scores.push(i);\n    }\n    println!(\"{first}\");\n}\n";
  await ownership.write(program);
  const diagnostic = ownership.diagnostics("E0502");
  await diagnostic.waitFor();
  assert.match(await diagnostic.innerText(), /Usual fix:/);
  await diagnostic.getByRole("button", { name: "show where it happens" }).click();
  // The step is the push inside the loop, on its first time round (of three: 0..3).
  await page.waitForFunction(() => document.querySelector(".editor-line.current")?.dataset.line === "5");
  assert.match(await ownership.stepCount.innerText(), /loop, time 1 of 3/);
  const marked = await ownership.root.locator(".editor-line.marked").evaluateAll((ls) => ls.map((l) => l.dataset.line));
  assert.deepEqual(marked, ["3", "5", "7"], "the borrow, the conflicting push, the later use");
  assert.equal(await ownership.inDiagram('.var.involved[data-var="scores"]').count(), 1);
  // Permissions: while `first` reads it, `scores` may be read but not written or moved.
  const row = ownership.root.locator('.permissions tr[data-path="scores"]');
  assert.deepEqual(await row.locator("td.perm").allInnerTexts(), ["R", "–", "–"]);
  // The timeline has a lane per variable and follows the stepper; Home and End jump.
  assert.deepEqual(await ownership.root.locator(".timeline .lane").evaluateAll((ls) => ls.map((l) => l.dataset.var)), ["scores", "first", "i"]);
  await ownership.root.locator(".stepper button").first().focus();
  await page.keyboard.press("End");
  assert.match(await ownership.stepCount.innerText(), /^Step (\d+) of \1\b/);
  await page.keyboard.press("Home");
  assert.match(await ownership.stepCount.innerText(), /^Step 1 of/);
  await ownership.root.locator(".timeline .column").nth(3).click();
  assert.match(await ownership.stepCount.innerText(), /^Step 4 of/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the visualizer and its checker load only when it nears the view, and then check at once", async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 720 } });
  const requests = [];
  page.on("request", (r) => {
    if (r.url().includes("/ownership-view/")) requests.push(r.url());
  });
  await openRoute(page, site.url, "#/");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(requests, [], "the home page's first screen does not fetch the visualizer");
  await showIsland(page, "ownership-view");
  assert.ok(requests.some((u) => u.endsWith(".wasm")), JSON.stringify(requests));
  await new Ownership(page).root.locator('.verdict[data-status="errors"]').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a menu example is fetched when chosen and shows its error; offline, the code stays and a notice says why", async () => {
  // Without the service worker, which would serve the examples from its cache when offline.
  const page = await newPage(site.browser, { serviceWorkers: "block" });
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const editor = ownership.editor;
  // The menus' programs are not in the island: they come from ownership-view/presets/.
  const fetched = page.waitForResponse((r) => r.url().includes("ownership-view/presets/") && r.ok());
  await ownership.root.locator("#ownership-example").selectOption({ label: "E0506 · Assign while borrowed" });
  await fetched;
  await ownership.diagnostics("E0506").waitFor();
  const program = await editor.inputValue();
  assert.notEqual(program, "");
  // A failed fetch keeps the visitor's code and says so.
  await page.route("**/ownership-view/presets/**", (route) => route.abort());
  await ownership.root.locator("#ownership-construct").selectOption({ index: 1 });
  const notice = ownership.notice("example");
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('[data-notice="example"]')?.textContent ?? ""));
  assert.match(await notice.innerText(), /your code is unchanged/);
  assert.equal(await editor.inputValue(), program);
  await page.context().close();
});

test("one code surface: the error is underlined where rustc points, with its message on hover and at the caret", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const program = "fn main() {\n    let name = String::from(\"Ferris\");\n    let moved = name;\n    println!(\"{} {}\", moved, name);\n}\n";
  const editor = ownership.editor;
  await ownership.write(program);
  await ownership.diagnostics("E0382").waitFor();
  // The use after the move (line 4, `name`) is underlined, and nothing else.
  const underlined = ownership.root.locator(".code-backdrop .diag");
  assert.deepEqual(await underlined.allInnerTexts(), ["name"]);
  assert.equal(await underlined.evaluate((el) => el.closest(".editor-line").dataset.line), "4");
  // The gutter: ✗ on the error's line, → on the move's.
  assert.equal(await ownership.root.locator('.editor-line[data-line="4"] .gutter-mark.error').count(), 1);
  assert.equal(await ownership.root.locator('.editor-line[data-line="3"] .gutter-mark.move').count(), 1);
  // The underline lies under the textarea's own text: hovering it shows rustc's message.
  const status = ownership.root.locator(".caret-diagnostic");
  assert.equal(await status.innerText(), "");
  const box = await underlined.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => /E0382/.test(document.querySelector(".caret-diagnostic").textContent));
  assert.match(await status.innerText(), /borrow of moved value: name/);
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.querySelector(".caret-diagnostic").textContent === "");
  // With the keyboard: the caret on the underlined word says the same, and where it is.
  const at = program.lastIndexOf("name);") + 2;
  await editor.evaluate((el, at) => { el.focus(); el.setSelectionRange(at, at); }, at);
  await page.keyboard.press("Shift"); // a keyup, as any key gives
  await page.waitForFunction(() => /E0382/.test(document.querySelector(".caret-diagnostic").textContent));
  assert.match(await ownership.root.locator(".caret-position").innerText(), /^Line 4, column \d+$/);
  // The step's line is highlighted on the same surface, and follows the stepper.
  await ownership.button("Next step").click();
  assert.equal(await ownership.currentLine.getAttribute("data-line"), "3");
  assert.equal(await page.locator(".code-block").count(), 0, "the program is shown once");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("on a phone, long lines wrap the same way in the textarea and under it, and both scroll together", async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 800 } });
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const long = `    let words = vec![${Array.from({ length: 30 }, (_, i) => `"word${i}"`).join(", ")}];`;
  const lines = ["fn main() {", long, ...Array.from({ length: 40 }, (_, i) => `    let n${i} = ${i};`), "    println!(\"{}\", words.len());", "}"];
  await ownership.write(lines.join("\n"));
  await page.waitForSelector('.verdict[data-status="compiles"]');
  const geometry = await page.evaluate(() => {
    const input = document.querySelector("#ownership-code");
    const backdrop = document.querySelector(".code-backdrop");
    const lines = backdrop.querySelectorAll(".editor-line[data-line]");
    const last = lines[lines.length - 1];
    const pad = parseFloat(getComputedStyle(input).paddingBottom);
    input.scrollTop = input.scrollHeight;
    input.dispatchEvent(new Event("scroll"));
    return {
      wrapped: lines[1].offsetHeight / lines[0].offsetHeight,
      textEnd: last.offsetTop + last.offsetHeight + pad,
      inputHeight: input.scrollHeight,
      sideways: input.scrollWidth - input.clientWidth,
      inputTop: input.scrollTop,
      backdropTop: backdrop.scrollTop,
    };
  });
  assert.ok(geometry.wrapped >= 3, `the long line wraps (${geometry.wrapped} lines)`);
  // Had the textarea wrapped differently, its text would end a line (20 px) off.
  assert.ok(Math.abs(geometry.textEnd - geometry.inputHeight) <= 2, JSON.stringify(geometry));
  assert.equal(geometry.sideways, 0, "nothing scrolls sideways");
  assert.ok(geometry.inputTop > 0);
  assert.equal(geometry.backdropTop, geometry.inputTop);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the diagram draws what an enum, an Option and a tuple hold, and each time round a counted loop", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  const program = "#[derive(Debug)]\nenum Shape {\n    Circle(f64),\n    Empty,\n}\n\nfn main() {\n    let c = Shape::Circle(1.5);\n    let o = Some(String::from(\"hi\"));\n    let pair = (1, 2);\n    let mut total = 0;\n    for i in 0..3 {\n        total += i;\n    }\n    println!(\"{:?} {:?} {:?} {total} {:?}\", c, o, pair, Shape::Empty);\n}\n";
  await ownership.write(program);
  await page.waitForSelector('.verdict[data-status="compiles"]');
  const slot = (name) => ownership.inDiagram(`.var[data-var="${name}"] .var-value`).textContent();
  // The step of the println!: every variable is in scope.
  await stepToLine(ownership, program.split("\n").findIndex((l) => l.includes("println!")) + 1);
  assert.equal(await slot("c"), "Circle(1.5)");
  assert.equal(await slot("o"), 'Some("hi")');
  assert.equal(await slot("pair"), "(1, 2)");
  assert.equal(await slot("total"), "3");
  // The loop's body was three steps, one per time round.
  const rounds = await page.evaluate(() => document.querySelectorAll(".timeline .column").length);
  assert.ok(rounds >= 12, `${rounds} steps`);
  // A MutexGuard holds the lock of what it locks until its scope ends, with an arrow to it.
  const locking = "use std::sync::{Arc, Mutex};\n\nfn main() {\n    let a = Arc::new(Mutex::new(0));\n    {\n        let mut g = a.lock().unwrap();\n        *g += 1;\n        println!(\"locked\");\n    }\n}\n";
  await ownership.write(locking);
  await page.waitForSelector('.verdict[data-status="compiles"]');
  await stepToLine(ownership, 8);
  assert.equal(await slot("g"), "holds the lock of *a");
  assert.equal(await ownership.inDiagram("path.borrow.shared").count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a program too long for a link keeps its text, writes no link it cannot reopen, and says so", async () => {
  const page = await newPage(site.browser);
  await openRoute(page, site.url, "#/ownership");
  const ownership = new Ownership(page);
  await ownership.write("fn main() {\n    let s = String::from(\"short\");\n}\n");
  await page.waitForFunction(() => location.hash.includes("code="));
  const long = "fn main() {\n" + "    let x = 1;\n".repeat(1500) + "}\n";
  await ownership.write(long);
  await ownership.notice("no-link").waitFor();
  assert.match(await ownership.notice("no-link").innerText(), /too long for a share link/);
  await page.waitForFunction(() => !location.hash.includes("code="));
  assert.equal(await ownership.editor.inputValue(), long);
  // What the address now holds opens without a notice about a bad link.
  const other = await newPage(site.browser);
  await other.goto(page.url());
  await other.waitForSelector(".ownership-widget .verdict");
  assert.equal(await other.locator('[data-notice="bad-link"]').count(), 0);
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.context().close();
  await page.context().close();
});
