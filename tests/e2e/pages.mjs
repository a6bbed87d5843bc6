// One page object per widget: where each widget's parts are and how a visitor uses them, in
// one place, so that the specs say what a visitor does ("press 12+", "choose the cli-tool
// profile") and a widget's markup is named once. Everything goes through Playwright locators,
// which wait for their target and fail when it never comes: a selector that drifts fails the
// specs that use it; it cannot let them pass doing nothing.
//
// Each takes the page, or a frame (`page.frameLocator("#energy")`) for a widget in an embed.

/** What every widget has: its root element, and its notices. */
class Widget {
  constructor(scope, selector) {
    this.root = scope.locator(selector);
  }

  /** The notice `kind` ("bad-link", "no-link", "example"). */
  notice(kind) {
    return this.root.locator(`[data-notice="${kind}"]`);
  }
}

/** The calculator: its keypad, the value and the log of JavaScript calls. */
export class Calculator extends Widget {
  constructor(scope) {
    super(scope, ".calculator-widget");
    this.keypad = this.root.locator(".keypad");
  }

  /** The keypad's key labelled `label` ("7", "C", "±"). */
  key(label) {
    return this.keypad.getByRole("button", { name: label, exact: true });
  }

  /** The keypad's operation `name` ("add", "subtract", "multiply", "divide"). */
  op(name) {
    return this.keypad.locator(`[data-op="${name}"]`);
  }

  /** Clicks the keys of `keys`, digits and the operations + - × ÷ as on the keypad ("12+3×"). */
  async press(keys) {
    for (const k of keys) await (OPERATIONS[k] ? this.op(OPERATIONS[k]) : this.key(k)).click();
  }

  /** The value the module holds, as shown. */
  value() {
    return this.root.locator(".calc-value .value").innerText();
  }

  /** The calls in the log, newest first. */
  calls() {
    return this.root.locator(".call-log li");
  }
}

const OPERATIONS = { "+": "add", "-": "subtract", "×": "multiply", "÷": "divide" };

/** The ownership visualizer: the editor, the stepper, the diagnostics and the diagram. */
export class Ownership extends Widget {
  constructor(scope) {
    super(scope, ".ownership-widget");
    this.editor = this.root.locator("#ownership-code");
    this.stepCount = this.root.locator(".step-count");
    this.currentLine = this.root.locator(".editor-line.current");
  }

  /** Replaces the program with `code`, as a paste would. */
  write(code) {
    return this.editor.fill(code);
  }

  /** The diagnostics, or those with the rustc code `code` ("E0382"). */
  diagnostics(code) {
    return this.root.locator(code ? `.diagnostic[data-code="${code}"]` : ".diagnostic");
  }

  /** A button by its accessible name: an example ("Move into a function") or a stepper
   * button ("Next step", "Step over the call"). */
  button(name) {
    return this.root.getByRole("button", { name });
  }

  /** Opens an example of the menu "Methods, enums, traits…" by its label. */
  openConstruct(label) {
    return this.root.locator("#ownership-construct").selectOption({ label });
  }
}

/** The energy chart: its controls, bars and table. */
export class Energy extends Widget {
  constructor(scope) {
    super(scope, ".energy-widget");
    this.chart = this.root.locator(".bar-chart");
    this.title = this.chart.locator("title");
  }

  /** Checks the control labelled `label` ("Peak memory", "Log", "Table"). */
  choose(label) {
    return this.root.getByLabel(label, { exact: true }).check();
  }

  /** Sets the language whose value reads 1.00×. */
  relativeTo(language) {
    return this.root.locator("#energy-reference").selectOption(language);
  }

  /** The bar of `language`, or every bar. */
  bar(language) {
    return this.root.locator(language ? `.bar[data-language="${language}"]` : ".bar");
  }
}

/** The decision matrix: the profile, the weights and the verdict. */
export class Decision extends Widget {
  constructor(scope) {
    super(scope, ".decision-widget-frame");
    this.profile = this.root.locator("#decision-profile");
    this.verdictBox = this.root.locator("[data-verdict]");
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
    return this.root.locator(`[data-verdict="${verdict}"]`);
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

/** Presenter mode: the slide, its body and its scale; keys drive it. */
export class Present {
  constructor(page) {
    this.page = page;
    this.root = page.locator("main.present");
    this.body = this.root.locator(".present-body");
  }

  /** The slide's number, as the page marks it ("3"). */
  slide() {
    return this.root.getAttribute("data-slide");
  }

  /** The text size step, as the page marks it ("2"). */
  scale() {
    return this.root.getAttribute("data-scale");
  }

  /** Presses `key` and waits until slide `slide` shows. */
  async pressTo(key, slide) {
    await this.page.keyboard.press(key);
    await this.root.and(this.page.locator(`[data-slide="${slide}"]`)).waitFor();
  }
}
