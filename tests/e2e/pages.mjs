// One page object per widget: where each widget's parts are and how a visitor uses them, in
// one place, so that the specs say what a visitor does ("press 12+", "choose the cli-tool
// profile") and a widget's markup is named once. Everything goes through Playwright locators,
// which wait for their target and fail when it never comes: a selector that drifts fails the
// specs that use it; it cannot let them pass doing nothing.
//
// Each takes the page, or a frame (`page.frameLocator("#energy")`) for a widget in an embed.
// Besides the widgets: the site around them (Site), the Embed dialog (EmbedDialog) and
// presenter mode (Present).

/**
 * The markup the page objects below find their parts by, named once. A part's selector is
 * relative to its widget's `root`; `inside(widget, part)` gives it from the document, for a
 * spec that must query the DOM itself inside `page.evaluate` (soak.test.mjs, which cannot use
 * locators there). A selector ending in `[attribute]` is narrowed to one value by `having`.
 */
export const SELECTORS = {
  /** What every widget has. */
  widget: {
    /** A notice; `having(notice, "bad-link")` is one kind. */
    notice: "[data-notice]",
  },
  calculator: {
    root: ".calculator-widget",
    keypad: ".keypad",
    /** Every digit key. */
    digit: ".keypad .key.digit",
    /** Every operation key; `having(op, "add")` is one. */
    op: ".keypad [data-op]",
    value: ".calc-value .value",
    calls: ".call-log li",
  },
  ownership: {
    root: ".ownership-widget",
    editor: "#ownership-code",
    stepCount: ".step-count",
    currentLine: ".editor-line.current",
    /** The stepper's buttons, in order (back first). */
    stepper: ".stepper button",
    /** The example programs' buttons. */
    preset: ".preset",
    construct: "#ownership-construct",
    diagnostic: ".diagnostic",
    /** `having(diagnosticWithCode, "E0382")`: the diagnostics with that rustc code. */
    diagnosticWithCode: ".diagnostic[data-code]",
    /** The stack/heap diagram shown (it is drawn wide and narrow, and the pane's width
     * shows one: Playwright's `:visible` picks it), and its drawing. */
    diagram: ".diagram:visible",
    drawing: ".diagram:visible svg",
    /** The timeline's lanes. */
    timeline: ".timeline-lanes",
    /** A variable's slot in the diagram shown, and a heap box. */
    variable: ".diagram:visible .var",
    heapBox: ".diagram:visible .heap-box",
  },
  energy: {
    root: ".energy-widget",
    chart: ".bar-chart",
    title: ".bar-chart title",
    /** Every bar; `having(bar, "Rust")` is one language's. */
    bar: ".bar[data-language]",
    highlight: ".highlight",
    /** The radios of the metric, and of the scale. */
    metric: 'input[name="energy-metric"]',
    scale: 'input[name="energy-scale"]',
    reference: "#energy-reference",
    hint: ".hint",
  },
  /** The energy page's further evidence: below the energy widget, not inside it. */
  evidence: {
    coldStart: "#cold-start-chart",
    /** Each agent panel's chart. */
    agents: ".agents .hbar-chart",
    /** Every chart of the page: the energy chart, the cold starts, the agent panels, Run it yourself's. */
    charts: ".hbar-chart, .bar-chart",
  },
  /** A horizontal bar chart (ui's HBarChart): the cold starts, an agent panel, Run it yourself's. */
  hbarChart: {
    root: ".hbar-chart",
    bar: ".hbar",
  },
  /** "Run it yourself", on the energy page below the further evidence (not inside `.energy-widget`). */
  runIt: {
    root: ".run-it",
    /** The status line; `having(status, "done")` once it says so. */
    status: ".run-status[data-phase]",
    progress: "progress",
    /** A kernel's row of the results; `having(row, "rust")` is one. */
    row: "tr[data-kernel]",
    caption: "caption",
    ratioHere: ".ratio-here",
    ratioPaper: ".ratio-paper",
    intro: "p",
  },
  decision: {
    root: ".decision-widget-frame",
    profile: "#decision-profile",
    /** The verdict box; `having(verdict, "good-fit")` once it says so. */
    verdict: "[data-verdict]",
    /** The questionnaire's "Show my answer". */
    submit: 'button[type="submit"].primary',
  },
  embedDialog: {
    root: "dialog.embed-dialog[open]",
    /** One way to embed: `having(variant, "helper")` (with embed.js), "iframe" (alone) or
     * "address" (the widget's own page, for oEmbed). */
    variant: ".embed-variant[data-variant]",
    code: ".embed-code",
    status: ".embed-status",
    copy: "button.copy",
    primary: "button.primary",
  },
  site: {
    header: ".site-header",
    nav: ".site-header nav",
    navLink: ".site-header nav a",
    currentLink: ".site-header nav a.current",
    heading: "main h1",
    notFound: ".not-found",
    notFoundLink: ".not-found a",
    /** Any header, navigation or footer: what an embed has none of. */
    chrome: "header, nav, footer",
  },
  present: {
    root: "main.present",
    body: ".present-body",
    /** The slide shown; `having(slide, "3")` once it is slide 3. */
    slide: "[data-slide]",
    /** What can cover the slide: the overview (its cards, `having(card, "0")` the first),
     * the key help, the black screen; and the slide number being typed. */
    overview: ".present-overview",
    card: "[data-card]",
    help: ".present-help",
    black: ".present-black",
    jump: ".present-jump",
    /** The presenter once its pointer is hidden. */
    pointerHidden: '[data-pointer="hidden"]',
    title: ".present-title",
    note: ".present-note",
    points: ".present-points li",
    notice: ".present-notice",
    /** The deck laid out to print (`#/present?print`): its pages, and the mark it sets once
     * every widget has drawn and every slide fits its page. */
    print: "main.present-print",
    printSlide: ".print-slide",
    printNote: ".print-note",
    printReady: "[data-print-ready]",
  },
  /** A presenter's own deck: "Add to deck" on a widget's page, and the "Your deck" page. */
  deck: {
    add: ".add-to-deck button",
    added: ".add-to-deck-status",
    root: ".deck-page",
    /** Each slide's card; `having(slide, "2")` is the second. */
    slide: ".deck-slide[data-slide]",
    kind: ".deck-kind",
    present: "a.button.primary",
  },
};

/** `selector`, whose last part ends in `[attribute]`, narrowed to the value `value`: `having("tr[data-kernel]", "rust")` is `tr[data-kernel="rust"]`. */
export function having(selector, value) {
  if (!/\[[\w-]+\]$/.test(selector)) throw new Error(`having: ${selector} does not end in an [attribute]`);
  return selector.replace(/\[([\w-]+)\]$/, `[$1="${value}"]`);
}

/**
 * The selector, from the document, of the part `part` of `widget` (keys of SELECTORS):
 * `inside("ownership", "preset")` is `.ownership-widget .preset`.
 */
export function inside(widget, part) {
  const s = SELECTORS[widget];
  if (!s?.[part]) throw new Error(`inside: no part ${part} of ${widget}`);
  return s.root ? `${s.root} ${s[part]}` : s[part];
}

const S = SELECTORS;

/** What every widget has: its root element, and its notices. */
class Widget {
  constructor(scope, selector) {
    this.scope = scope;
    this.root = scope.locator(selector);
  }

  /** The notice `kind` ("bad-link", "no-link", "example"). */
  notice(kind) {
    return this.root.locator(having(S.widget.notice, kind));
  }
}

/** The calculator: its keypad, the value and the log of JavaScript calls. */
export class Calculator extends Widget {
  constructor(scope) {
    super(scope, S.calculator.root);
    this.keypad = this.root.locator(S.calculator.keypad);
    /** Every digit key, and every operation key. */
    this.digits = this.root.locator(S.calculator.digit);
    this.ops = this.root.locator(S.calculator.op);
  }

  /** The keypad's key labelled `label` ("7", "C", "±"). */
  key(label) {
    return this.keypad.getByRole("button", { name: label, exact: true });
  }

  /** The keypad's operation `name` ("add", "subtract", "multiply", "divide"). */
  op(name) {
    return this.root.locator(having(S.calculator.op, name));
  }

  /** Clicks the keys of `keys`, digits and the operations + - × ÷ as on the keypad ("12+3×"). */
  async press(keys) {
    for (const k of keys) await (OPERATIONS[k] ? this.op(OPERATIONS[k]) : this.key(k)).click();
  }

  /** The value the module holds, as shown. */
  value() {
    return this.root.locator(S.calculator.value).innerText();
  }

  /** The calls in the log, newest first. */
  calls() {
    return this.root.locator(S.calculator.calls);
  }
}

const OPERATIONS = { "+": "add", "-": "subtract", "×": "multiply", "÷": "divide" };

/** The ownership visualizer: the editor, the stepper, the diagnostics and the diagram. */
export class Ownership extends Widget {
  constructor(scope) {
    super(scope, S.ownership.root);
    this.editor = this.root.locator(S.ownership.editor);
    this.stepCount = this.root.locator(S.ownership.stepCount);
    this.currentLine = this.root.locator(S.ownership.currentLine);
    /** The stepper's buttons, in order, and the example programs' buttons. */
    this.stepper = this.root.locator(S.ownership.stepper);
    this.presets = this.root.locator(S.ownership.preset);
    /** The stack/heap diagram's drawing and the timeline, and the diagram's parts. */
    this.diagram = this.root.locator(S.ownership.drawing);
    this.timeline = this.root.locator(S.ownership.timeline);
    this.variables = this.root.locator(S.ownership.variable);
    this.heapBoxes = this.root.locator(S.ownership.heapBox);
  }

  /** The parts of the diagram shown that match `selector` (".var.moved[data-var=\"a\"]"). */
  inDiagram(selector) {
    return this.root.locator(S.ownership.diagram).locator(selector);
  }

  /** Replaces the program with `code`, as a paste would. */
  write(code) {
    return this.editor.fill(code);
  }

  /** The diagnostics, or those with the rustc code `code` ("E0382"). */
  diagnostics(code) {
    return this.root.locator(code ? having(S.ownership.diagnosticWithCode, code) : S.ownership.diagnostic);
  }

  /** A button by its accessible name: an example ("Move into a function") or a stepper
   * button ("Next step", "Step over the call"). */
  button(name) {
    return this.root.getByRole("button", { name });
  }

  /** Opens an example of the menu "Methods, enums, traits…" by its label. */
  openConstruct(label) {
    return this.root.locator(S.ownership.construct).selectOption({ label });
  }
}

/** The energy chart: its controls, bars and table; on the energy page, the further evidence below it. */
export class Energy extends Widget {
  constructor(scope) {
    super(scope, S.energy.root);
    this.chart = this.root.locator(S.energy.chart);
    this.title = this.root.locator(S.energy.title);
    /** The line under the chart that says how to read it (on a log scale, where the bars start). */
    this.hint = this.root.locator(S.energy.hint);
    /** The radios of the metric, and of the scale. */
    this.metrics = this.root.locator(S.energy.metric);
    this.scales = this.root.locator(S.energy.scale);
    // The further evidence is the island's, after the widget: found from the scope, not the root.
    /** The cold starts on AWS Lambda, by runtime. */
    this.coldStart = new HBarChart(scope.locator(S.evidence.coldStart));
    /** Each agent panel's chart. */
    this.agents = scope.locator(S.evidence.agents);
    /** Every chart of the page: the energy chart, the cold starts, the agent panels, Run it yourself's. */
    this.charts = scope.locator(S.evidence.charts);
    /** The "Run it yourself" panel. */
    this.runIt = new RunIt(scope);
  }

  /** Checks the control labelled `label` ("Peak memory", "Log", "Table"). */
  choose(label) {
    return this.root.getByLabel(label, { exact: true }).check();
  }

  /** Sets the language whose value reads 1.00×. */
  relativeTo(language) {
    return this.root.locator(S.energy.reference).selectOption(language);
  }

  /** The bar of `language`, or every bar. */
  bar(language) {
    return this.root.locator(language ? having(S.energy.bar, language) : S.energy.bar);
  }

  /** The bar of `language` while it is highlighted. */
  highlighted(language) {
    return this.root.locator(`${having(S.energy.bar, language)}${S.energy.highlight}`);
  }

  /** The bar that is the chart's one tab stop. */
  tabStop() {
    return this.root.locator(`${S.energy.bar}[tabindex="0"]`);
  }

  /**
   * The horizontal extent `{ left, right }` of the bars of `languages`, in the chart's units,
   * all read at once from their attributes (a bar's CSS transition animates its box).
   */
  barExtents(languages) {
    return this.root.evaluate(
      (root, { selectors }) =>
        selectors.map((selector) => {
          const r = root.querySelector(selector);
          if (!r) throw new Error(`no bar matches ${selector}`);
          const [x, w] = ["x", "width"].map((a) => Number(r.getAttribute(a)));
          return { left: x, right: x + w };
        }),
      { selectors: languages.map((l) => `${having(S.energy.bar, l)} rect`) },
    );
  }
}

/** A horizontal bar chart (ui's HBarChart): one tab stop, whose arrow keys move between its bars. */
class HBarChart {
  constructor(root) {
    this.root = root;
    /** Its bars, in order. */
    this.bars = root.locator(S.hbarChart.bar);
  }

  /** The bar that is the chart's one tab stop. */
  tabStop() {
    return this.root.locator(`${S.hbarChart.bar}[tabindex="0"]`);
  }

  /** Whether the focus is in this chart, read in the page. */
  hasFocus() {
    return this.root.evaluate((chart) => chart.contains(document.activeElement));
  }
}

/**
 * "Run it yourself": the energy page's panel that runs spectral-norm in Rust (wasm) and in
 * JavaScript in a worker, with its size, its Run and Cancel buttons, progress, status and results.
 */
class RunIt {
  constructor(scope) {
    const s = S.runIt;
    this.root = scope.locator(s.root);
    this.status = this.root.locator(s.status);
    this.progress = this.root.locator(s.progress);
    this.caption = this.root.locator(s.caption);
    /** JavaScript's time ÷ Rust's, measured here, and in the paper. */
    this.ratioHere = this.root.locator(s.ratioHere);
    this.ratioPaper = this.root.locator(s.ratioPaper);
    /** The paragraph that introduces the panel (and names the sizes). */
    this.intro = this.root.locator(s.intro).first();
    /** The chart's bars, one per kernel measured. */
    this.bars = this.root.locator(S.hbarChart.bar);
    this.size = this.root.getByLabel("Matrix size");
    this.runButton = this.root.getByRole("button", { name: "Run", exact: true });
    this.cancelButton = this.root.getByRole("button", { name: "Cancel", exact: true });
  }

  /** The status's phase: "idle", "running", "done", "cancelled" or "failed". */
  phase() {
    return this.status.getAttribute("data-phase");
  }

  /** Waits until the status's phase is `phase` ("done"), for up to `timeout` ms. */
  waitForPhase(phase, timeout) {
    return this.root.locator(having(S.runIt.status, phase)).waitFor({ state: "attached", timeout });
  }

  /** Waits until the progress bar has moved off 0, for up to `timeout` ms. */
  waitForProgress(timeout) {
    return this.root.locator(`${S.runIt.progress}:not([value="0"])`).waitFor({ state: "attached", timeout });
  }

  /** Chooses the matrix size `n` ("1000") and presses Run. */
  async run(n) {
    await this.size.selectOption(n);
    await this.runButton.click();
  }

  /** Presses Cancel. */
  cancel() {
    return this.cancelButton.click();
  }

  /** The text of the results' cell `column` ("ms", "spread", "checksum") for `kernel` ("rust", "js"). */
  cell(kernel, column) {
    return this.root.locator(`${having(S.runIt.row, kernel)} .${column}`).textContent();
  }
}

/** The decision matrix: the profile, the weights and the verdict; the questionnaire's tab. */
export class Decision extends Widget {
  constructor(scope) {
    super(scope, S.decision.root);
    this.profile = this.root.locator(S.decision.profile);
    this.verdictBox = this.root.locator(S.decision.verdict);
    /** The questionnaire's "Show my answer" button. */
    this.submit = this.root.locator(S.decision.submit);
  }

  /** The tab labelled `name` ("Answer questions"). */
  tab(name) {
    return this.root.getByRole("tab", { name });
  }

  /** Chooses the profile `slug` ("cli-tool"). */
  chooseProfile(slug) {
    return this.profile.selectOption(slug);
  }

  /** The verdict: "good-fit", "probably-not", … */
  verdict() {
    return this.verdictBox.getAttribute("data-verdict");
  }

  /** The verdict box once it says `verdict` ("good-fit"): wait for it with `.waitFor()`. */
  verdictOf(verdict) {
    return this.root.locator(having(S.decision.verdict, verdict));
  }

  /** The criterion `id`'s weight slider. */
  weight(id) {
    return this.root.locator(`#weight-${id}`);
  }

  /** Moves the weight of `id` with the keyboard: `keys` pressed in turn ("End", "ArrowLeft"). */
  async moveWeight(id, keys) {
    await this.weight(id).focus();
    for (const k of keys) await this.weight(id).press(k);
  }
}

/** A widget page's Embed button and the dialog it opens, with the snippet. */
export class EmbedDialog {
  constructor(page) {
    this.page = page;
    this.root = page.locator(S.embedDialog.root);
    this.status = this.root.locator(S.embedDialog.status);
    /** The dialog's primary button: the recommended snippet's Copy. */
    this.copyButton = this.root.locator(S.embedDialog.primary);
  }

  /** The snippet `variant` ("helper": the iframe and embed.js; "iframe": the iframe alone;
   * "address": the widget's own page, for platforms that embed by oEmbed). */
  variant(variant) {
    return this.root.locator(having(S.embedDialog.variant, variant));
  }

  /** The code of the snippet `variant`, and its Copy button. */
  code(variant = "helper") {
    return this.variant(variant).locator(S.embedDialog.code);
  }

  copy(variant = "helper") {
    return this.variant(variant).locator(S.embedDialog.copy);
  }

  /** Opens the dialog with the page's Embed button (the first, on the home page). */
  open() {
    return this.page.getByRole("button", { name: /^Embed “/ }).first().click();
  }
}

/** The site around the widgets: the header and its navigation, the page's heading, the not-found page. */
export class Site {
  constructor(page) {
    const s = S.site;
    this.page = page;
    this.header = page.locator(s.header);
    this.nav = page.locator(s.nav);
    /** The navigation's links, and the current page's. */
    this.navLinks = page.locator(s.navLink);
    this.currentLink = page.locator(s.currentLink);
    /** The page's heading. */
    this.heading = page.locator(s.heading);
    this.notFound = page.locator(s.notFound);
    /** The not-found page's links. */
    this.notFoundLinks = page.locator(s.notFoundLink);
    /** Any header, navigation or footer: what an embed has none of. */
    this.chrome = page.locator(s.chrome);
  }

  /** The widget `slug` ("energy") of the registry, by its root class (`.energy-widget`). */
  widget(slug) {
    return this.page.locator(`.${slug}-widget`);
  }
}

/** A presenter's own deck: "Add to deck" on a widget's page, and the "Your deck" page where its
 * slides are ordered and edited. */
export class Deck {
  constructor(page) {
    this.page = page;
    /** A widget page's "Add to deck" button, and what it says once pressed. */
    this.add = page.locator(S.deck.add);
    this.added = page.locator(S.deck.added);
    this.root = page.locator(S.deck.root);
    this.slides = this.root.locator(S.deck.slide);
    this.present = this.root.locator(S.deck.present);
  }

  /** The card of slide `n` (from 1). */
  slide(n) {
    return this.root.locator(having(S.deck.slide, n));
  }

  /** The "Your deck" page's button named `name` ("Add a title slide"), or slide `n`'s
   * ("Move slide 3 up"). */
  button(name) {
    return this.root.getByRole("button", { name, exact: true });
  }

  /** Slide `n`'s field labelled `label` ("Heading", "Points, one a line", "Speaker note"). */
  field(n, label) {
    return this.slide(n).getByLabel(label, { exact: true });
  }

  /** Slide `n`'s kind and number, as its card says ("2. Energy"). */
  kind(n) {
    return this.slide(n).locator(S.deck.kind).innerText();
  }
}

/** The deck laid out to print or save as PDF. */
export class PrintDeck {
  constructor(page) {
    this.page = page;
    this.root = page.locator(S.present.print);
    this.slides = this.root.locator(S.present.printSlide);
    this.notes = this.root.locator(S.present.printNote);
    /** The page once every widget has drawn: wait for it with `.waitFor()`. */
    this.ready = page.locator(`${S.present.print}${S.present.printReady}`);
  }
}

/** Presenter mode: the slide, its body and its scale; keys drive it. */
export class Present {
  constructor(page) {
    this.page = page;
    this.root = page.locator(S.present.root);
    this.body = this.root.locator(S.present.body);
    this.overview = this.root.locator(S.present.overview);
    this.cards = this.overview.locator(S.present.card);
    this.help = this.root.locator(S.present.help);
    this.black = this.root.locator(S.present.black);
    this.jump = this.root.locator(S.present.jump);
    this.pointerHidden = page.locator(`${S.present.root}${S.present.pointerHidden}`);
    this.title = this.root.locator(S.present.title);
    this.note = this.root.locator(S.present.note);
    this.points = this.root.locator(S.present.points);
    /** Why a deck link could not be opened. */
    this.notice = this.root.locator(S.present.notice);
  }

  /** The overview's card of slide `index` (from 0). */
  card(index) {
    return this.overview.locator(having(S.present.card, index));
  }

  /** Swipes across the slide with a finger, by `dx` CSS pixels (negative: to the left). */
  swipe(dx) {
    return this.root.evaluate((el, dx) => {
      const at = (type, x) => el.dispatchEvent(new PointerEvent(type, { pointerType: "touch", clientX: x, clientY: 400, bubbles: true }));
      at("pointerdown", 600);
      at("pointerup", 600 + dx);
    }, dx);
  }

  /** The slide's number, as the page marks it ("3"). */
  slide() {
    return this.root.getAttribute("data-slide");
  }

  /** The text size step, as the page marks it ("2"). */
  scale() {
    return this.root.getAttribute("data-scale");
  }

  /** The presenter once it shows slide `slide` (3): wait for it with `.waitFor()`. */
  at(slide) {
    return this.page.locator(`${S.present.root}${having(S.present.slide, slide)}`);
  }

  /** Presses `key` and waits until slide `slide` shows. */
  async pressTo(key, slide) {
    await this.page.keyboard.press(key);
    await this.at(slide).waitFor();
  }
}
