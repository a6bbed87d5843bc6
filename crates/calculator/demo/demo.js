// Uses the wasm module exactly as any web page would: import, init, construct, call.
import init, { Calculator } from "./calculator.js";

const value = document.getElementById("value");
const log = document.getElementById("log");
const operand = document.getElementById("operand");

function record(call, outcome, failed) {
  const li = document.createElement("li");
  li.textContent = `${call} → ${outcome}`;
  if (failed) li.className = "err";
  log.prepend(li);
}

try {
  await init();
} catch (e) {
  value.textContent = "the module failed to load";
  record("await init()", `failed: ${e.message}`, true);
  throw e;
}

const calc = new Calculator();
window.calc = calc; // handy from the console: calc.add(1)
value.textContent = calc.get_value();
record("new Calculator()", calc.get_value(), false);

document.getElementById("form").addEventListener("submit", (event) => {
  event.preventDefault();
  const op = event.submitter?.dataset.op ?? "add";
  const x = Number(operand.value);
  const call = `calc.${op}(${operand.value})`;
  if (!Number.isInteger(x) || x < -2147483648 || x > 2147483647) {
    // JavaScript would silently wrap such a number to 32 bits on its way into wasm.
    record(call, "not called: the operand must be a whole number from -2147483648 to 2147483647", true);
    return;
  }
  try {
    calc[op](x);
    record(call, calc.get_value(), false);
  } catch (e) {
    record(call, `throws ${e.name}: ${e.message}`, true);
  }
  value.textContent = calc.get_value();
});

document.getElementById("reset").addEventListener("click", () => {
  calc.reset();
  value.textContent = calc.get_value();
  record("calc.reset()", calc.get_value(), false);
});
