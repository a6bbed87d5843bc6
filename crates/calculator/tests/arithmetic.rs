//! The calculator's checked arithmetic, as Rust callers see it.

use calculator::{CalcError, Calculator, Op};

#[test]
fn starts_at_zero_and_adds_like_the_seed() {
    let mut calc = Calculator::new();
    assert_eq!(calc.get_value(), 0);
    calc.apply(Op::Add, 5).unwrap();
    calc.apply(Op::Add, 37).unwrap();
    assert_eq!(calc.get_value(), 42);
}

#[test]
fn subtract_multiply_divide_and_reset() {
    let mut calc = Calculator::new();
    calc.apply(Op::Subtract, 10).unwrap();
    assert_eq!(calc.get_value(), -10);
    calc.apply(Op::Multiply, -7).unwrap();
    assert_eq!(calc.get_value(), 70);
    calc.apply(Op::Divide, 3).unwrap();
    assert_eq!(calc.get_value(), 23, "division rounds toward zero");
    calc.apply(Op::Subtract, 30).unwrap();
    calc.apply(Op::Divide, 2).unwrap();
    assert_eq!(calc.get_value(), -3, "-7 / 2 rounds toward zero");
    calc.reset();
    assert_eq!(calc.get_value(), 0);
}

#[test]
fn overflow_is_refused_and_keeps_the_value() {
    let mut calc = Calculator::new();
    calc.apply(Op::Add, i32::MAX).unwrap();
    let err = calc.apply(Op::Add, 1).unwrap_err();
    assert_eq!(calc.get_value(), i32::MAX);
    assert!(matches!(err, CalcError::Overflow { op: Op::Add, .. }));
    assert!(err.to_string().contains("overflow"));
    assert!(err.to_string().contains("stays 2147483647"));

    assert!(calc.apply(Op::Multiply, 2).is_err());
    assert_eq!(calc.get_value(), i32::MAX);

    calc.reset();
    calc.apply(Op::Subtract, i32::MAX).unwrap();
    calc.apply(Op::Subtract, 1).unwrap();
    assert_eq!(calc.get_value(), i32::MIN);
    assert!(calc.apply(Op::Subtract, 1).is_err());
    assert!(calc.apply(Op::Divide, -1).is_err(), "MIN / -1 overflows");
    assert_eq!(calc.get_value(), i32::MIN);
}

#[test]
fn division_by_zero_is_refused_and_keeps_the_value() {
    let mut calc = Calculator::new();
    calc.apply(Op::Add, 9).unwrap();
    let err = calc.apply(Op::Divide, 0).unwrap_err();
    assert_eq!(err, CalcError::DivisionByZero { value: 9 });
    assert!(err.to_string().contains("division by zero"));
    assert_eq!(calc.get_value(), 9);
}
