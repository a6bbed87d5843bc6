//! The widget views the shell renders itself: the calculator (small, and first on the home
//! page). The other three are islands (`crates/*-view`, loaded by `crate::island`); no widget
//! imports another.

pub mod calculator;
