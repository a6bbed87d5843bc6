//! The four widgets. Each is a thin view over a model crate; no widget imports another.

pub mod calculator;
pub mod decision;
pub mod energy;
pub mod ownership;
