//! The static tables behind the decision matrix, generated at build time.
//!
//! `build.rs` reads `data/decision.toml`, validates it with `schema.rs` and
//! writes `$OUT_DIR/data.rs`, included here. It defines:
//! - `N_CRITERIA`, `N_OPTIONS`: table sizes;
//! - `CRITERIA: [Criterion; N_CRITERIA]`, `OPTIONS: [LanguageOption; N_OPTIONS]`;
//! - `CELLS: [[Cell; N_CRITERIA]; N_OPTIONS]`, rows in option order, columns
//!   in criterion order, every cell present (the build fails otherwise);
//! - `ARTICLES`, `CONSTRAINTS`, `PROFILES`, `QUESTIONS`: in file order.
//!
//! The scores, reasons and sources are in the TOML file, not here.

include!(concat!(env!("OUT_DIR"), "/data.rs"));
