//! The `Calculator` of an untitled essay given to this project (there with
//! `new`, `add` and `get_value`; here also subtract, multiply, divide and
//! reset): a Rust struct compiled to WebAssembly that plain JavaScript calls
//! as if it were native code.
//!
//! ```js
//! import init, { Calculator } from "./calculator.js";
//! await init();
//! const calc = new Calculator();
//! calc.add(5);
//! calc.get_value(); // 5
//! calc.divide(0);   // throws Error("division by zero: 5 / 0 has no value; the value stays 5")
//! ```
//!
//! Unlike the essay's, its arithmetic is checked: an `i32` overflow or a division by zero
//! throws a JavaScript `Error` with a message saying what happened, and the value is left
//! unchanged. The same checks are available to Rust callers through [`Calculator::apply`],
//! which returns a [`CalcError`] instead of throwing, so they are tested natively.

use std::fmt;
use wasm_bindgen::prelude::*;

/// One of the calculator's arithmetic operations, as JavaScript would call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `value + x`
    Add,
    /// `value - x`
    Subtract,
    /// `value * x`
    Multiply,
    /// `value / x`, rounding toward zero like Rust's `i32` division.
    Divide,
}

impl Op {
    /// The name of the JavaScript method for this operation, e.g. `"add"`.
    pub fn method(self) -> &'static str {
        match self {
            Op::Add => "add",
            Op::Subtract => "subtract",
            Op::Multiply => "multiply",
            Op::Divide => "divide",
        }
    }

    /// The arithmetic symbol, e.g. `'+'`.
    pub fn symbol(self) -> char {
        match self {
            Op::Add => '+',
            Op::Subtract => '-',
            Op::Multiply => '×',
            Op::Divide => '÷',
        }
    }
}

/// Why an operation was refused. The calculator's value is unchanged in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcError {
    /// The exact result does not fit in an `i32` (−2,147,483,648 to 2,147,483,647).
    Overflow { op: Op, value: i32, operand: i32 },
    /// Division by zero has no value.
    DivisionByZero { value: i32 },
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::Overflow { op, value, operand } => write!(
                f,
                "overflow: {value} {} {operand} does not fit in an i32 ({} to {}); the value stays {value}",
                op.symbol(),
                i32::MIN,
                i32::MAX
            ),
            CalcError::DivisionByZero { value } => write!(
                f,
                "division by zero: {value} / 0 has no value; the value stays {value}"
            ),
        }
    }
}

impl std::error::Error for CalcError {}

/// A running `i32` total, exported to JavaScript as the class `Calculator`.
#[wasm_bindgen]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calculator {
    value: i32,
}

impl Calculator {
    /// Applies `op` with operand `x` to the current value and returns the new value.
    ///
    /// # Errors
    /// [`CalcError::Overflow`] when the result does not fit in an `i32`,
    /// [`CalcError::DivisionByZero`] when dividing by zero. The value is unchanged on error.
    pub fn apply(&mut self, op: Op, x: i32) -> Result<i32, CalcError> {
        let value = self.value;
        let result = match op {
            Op::Add => value.checked_add(x),
            Op::Subtract => value.checked_sub(x),
            Op::Multiply => value.checked_mul(x),
            Op::Divide if x == 0 => return Err(CalcError::DivisionByZero { value }),
            Op::Divide => value.checked_div(x),
        };
        let result = result.ok_or(CalcError::Overflow {
            op,
            value,
            operand: x,
        })?;
        self.value = result;
        Ok(result)
    }

    fn apply_js(&mut self, op: Op, x: i32) -> Result<(), JsError> {
        self.apply(op, x)
            .map(|_| ())
            .map_err(|e| JsError::new(&e.to_string()))
    }
}

#[wasm_bindgen]
impl Calculator {
    /// `new Calculator()` in JavaScript: a calculator whose value is 0.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Calculator {
        Calculator { value: 0 }
    }

    /// Adds `x`. Throws an `Error` on `i32` overflow, leaving the value unchanged.
    pub fn add(&mut self, x: i32) -> Result<(), JsError> {
        self.apply_js(Op::Add, x)
    }

    /// Subtracts `x`. Throws an `Error` on `i32` overflow, leaving the value unchanged.
    pub fn subtract(&mut self, x: i32) -> Result<(), JsError> {
        self.apply_js(Op::Subtract, x)
    }

    /// Multiplies by `x`. Throws an `Error` on `i32` overflow, leaving the value unchanged.
    pub fn multiply(&mut self, x: i32) -> Result<(), JsError> {
        self.apply_js(Op::Multiply, x)
    }

    /// Divides by `x`, rounding toward zero. Throws an `Error` when `x` is 0 or on overflow
    /// (`-2147483648 / -1`), leaving the value unchanged.
    pub fn divide(&mut self, x: i32) -> Result<(), JsError> {
        self.apply_js(Op::Divide, x)
    }

    /// Sets the value back to 0.
    pub fn reset(&mut self) {
        self.value = 0;
    }

    /// The current value.
    pub fn get_value(&self) -> i32 {
        self.value
    }
}
