//! Compute kernels that the visitor runs in their own browser, in Rust compiled to
//! WebAssembly, next to the same kernel in plain JavaScript (`assets/bench-worker.js`).
//!
//! The kernel is the Computer Language Benchmarks Game's **spectral-norm**: the largest
//! singular value of the infinite matrix `A` with `A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1)`,
//! estimated by 10 steps of the power method on `AᵀA` restricted to its top-left `n × n`
//! corner. The output, printed to 9 decimals, is the checksum every implementation must
//! reproduce: `1.274219991` for `n = 100`, `1.274224153` for `n = 5500`.
//!
//! Two forms, with bit-identical results:
//! - [`spectral_norm`], one call, for Rust callers and tests;
//! - [`SpectralNorm`], resumable: each [`SpectralNorm::step`] runs one of the 10 power
//!   iterations, so a Web Worker can report progress and honour a cancel between steps.
//!
//! ```js
//! import init, { SpectralNorm } from "./kernels/kernels.js";
//! await init();
//! const sn = new SpectralNorm(100);
//! while (sn.step()) console.log(sn.progress()); // 0.1, 0.2, ... 1
//! sn.result().toFixed(9);                       // "1.274219991"
//! sn.free();
//! ```
//!
//! Cost: each iteration is 4 matrix–vector products, i.e. `4·n²` evaluations of `A[i][j]`
//! (one integer multiply and one `f64` division each); the whole run is `40·n²`. Memory is
//! three `f64` vectors of length `n` (24 bytes × `n`). Nothing here allocates per step,
//! reads a clock or touches the browser.

use wasm_bindgen::prelude::*;

/// The largest `n` the kernels accept; larger values are treated as `MAX_N`.
///
/// The cap keeps the matrix index `(i+j)(i+j+1)/2 + i + 1` within 32 bits (wasm32's `usize`):
/// at `n = 20_000` it is at most 39 998 · 39 999 / 2 + 20 000 ≈ 8.0 · 10⁸ < 2³² ≈ 4.3 · 10⁹.
/// A run at the cap is 1.6 · 10¹⁰ matrix evaluations: tens of seconds in a browser, which is
/// the caller's problem.
pub const MAX_N: usize = 20_000;

/// How many power iterations the Benchmarks Game prescribes (each is `u → v = AᵀA·u`,
/// then `v → u = AᵀA·v`).
pub const ITERATIONS: u32 = 10;

/// `A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1)`, 0-based. The denominator is an exact integer
/// (for `i, j < MAX_N` it fits in 32 bits), converted to `f64` once.
#[inline(always)]
fn eval_a(i: usize, j: usize) -> f64 {
    let ij = i + j;
    1.0 / ((ij * (ij + 1) / 2 + i + 1) as f64)
}

/// `out = A · v`, with `out.len() == v.len()`. Sums run in increasing `j`, from `0.0`.
fn mul_av(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut sum = 0.0;
        for (j, &vj) in v.iter().enumerate() {
            sum += eval_a(i, j) * vj;
        }
        *o = sum;
    }
}

/// `out = Aᵀ · v`, with `out.len() == v.len()`. Sums run in increasing `j`, from `0.0`.
fn mul_atv(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        let mut sum = 0.0;
        for (j, &vj) in v.iter().enumerate() {
            sum += eval_a(j, i) * vj;
        }
        *o = sum;
    }
}

/// `out = Aᵀ · (A · v)`, using `tmp` as scratch; all three of the same length.
fn mul_atav(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

/// `sqrt((u·v) / (v·v))`, the Rayleigh-quotient estimate of the norm; `0.0` when `v` is all
/// zeros (so for `n = 0`, and before the first iteration).
fn estimate(u: &[f64], v: &[f64]) -> f64 {
    let mut vbv = 0.0;
    let mut vv = 0.0;
    for (&ui, &vi) in u.iter().zip(v) {
        vbv += ui * vi;
        vv += vi * vi;
    }
    if vv > 0.0 {
        (vbv / vv).sqrt()
    } else {
        0.0
    }
}

/// The Benchmarks Game's spectral-norm of the `n × n` corner of `A`, a dimensionless number
/// (≈ 1.2742 for every `n` ≥ 100; print it with 9 decimals to compare with the reference
/// outputs). `n` is capped at [`MAX_N`]; `n = 0` gives `0.0`. Never panics.
///
/// Written out in one piece, independently of [`SpectralNorm`]; the tests check that the
/// two agree to the last bit.
#[wasm_bindgen]
pub fn spectral_norm(n: usize) -> f64 {
    let n = n.min(MAX_N);
    let mut u = vec![1.0; n];
    let mut v = vec![0.0; n];
    let mut tmp = vec![0.0; n];
    for _ in 0..ITERATIONS {
        mul_atav(&u, &mut v, &mut tmp);
        mul_atav(&v, &mut u, &mut tmp);
    }
    estimate(&u, &v)
}

/// The spectral-norm run as a resumable computation: [`ITERATIONS`] steps of `4·n²` matrix
/// evaluations each, so a caller (the Web Worker) can report progress and stop between steps.
///
/// After the last step, [`result`](Self::result) equals [`spectral_norm`]`(n)` exactly.
/// Holds three `f64` vectors of length `n`; JavaScript should call `free()` when done.
#[wasm_bindgen]
pub struct SpectralNorm {
    /// `u`, starts as all ones; after each step, `AᵀA · v`.
    u: Vec<f64>,
    /// `v`, starts as all zeros; after each step, `AᵀA · u` (the previous `u`).
    v: Vec<f64>,
    /// Scratch for `A · x`.
    tmp: Vec<f64>,
    /// Steps run so far, `0..=ITERATIONS`.
    done: u32,
}

#[wasm_bindgen]
impl SpectralNorm {
    /// A run over the `n × n` corner of `A`, with no step run yet. `n` is capped at
    /// [`MAX_N`] (see [`n`](Self::n) for the value used); `n = 0` is allowed and yields `0.0`.
    #[wasm_bindgen(constructor)]
    pub fn new(n: usize) -> SpectralNorm {
        let n = n.min(MAX_N);
        SpectralNorm {
            u: vec![1.0; n],
            v: vec![0.0; n],
            tmp: vec![0.0; n],
            done: 0,
        }
    }

    /// The matrix size actually used: the constructor's `n`, capped at [`MAX_N`].
    pub fn n(&self) -> usize {
        self.u.len()
    }

    /// Runs the next power iteration (`v = AᵀA·u`, then `u = AᵀA·v`: `4·n²` matrix
    /// evaluations) and returns `true`; once all [`ITERATIONS`] have run, does nothing and
    /// returns `false`. So `while (sn.step()) { … }` runs the whole kernel.
    pub fn step(&mut self) -> bool {
        if self.done >= ITERATIONS {
            return false;
        }
        mul_atav(&self.u, &mut self.v, &mut self.tmp);
        mul_atav(&self.v, &mut self.u, &mut self.tmp);
        self.done += 1;
        true
    }

    /// The fraction of the work done, `0.0` (no step yet) to `1.0` (all steps run), in
    /// increments of `1 / ITERATIONS`. Every step costs the same, so this is also the
    /// fraction of the compute time.
    pub fn progress(&self) -> f64 {
        f64::from(self.done) / f64::from(ITERATIONS)
    }

    /// Whether all [`ITERATIONS`] steps have run.
    pub fn is_done(&self) -> bool {
        self.done >= ITERATIONS
    }

    /// The estimate from the steps run so far (`O(n)` to compute): the spectral-norm, equal
    /// to [`spectral_norm`]`(n)`, once [`is_done`](Self::is_done); a partial estimate before;
    /// `0.0` before the first step and for `n = 0`.
    pub fn result(&self) -> f64 {
        estimate(&self.u, &self.v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed9(x: f64) -> String {
        format!("{x:.9}")
    }

    fn stepwise(n: usize) -> (f64, Vec<f64>) {
        let mut sn = SpectralNorm::new(n);
        let mut seen = vec![sn.progress()];
        while sn.step() {
            seen.push(sn.progress());
        }
        (sn.result(), seen)
    }

    #[test]
    fn matrix_entries_match_the_definition() {
        // A = [[1, 1/2, 1/4, ...], [1/3, 1/5, ...], [1/6, ...]] (Benchmarks Game, 0-based).
        assert_eq!(eval_a(0, 0), 1.0);
        assert_eq!(eval_a(0, 1), 1.0 / 2.0);
        assert_eq!(eval_a(1, 0), 1.0 / 3.0);
        assert_eq!(eval_a(1, 1), 1.0 / 5.0);
        assert_eq!(eval_a(2, 0), 1.0 / 6.0);
        assert_eq!(eval_a(0, 2), 1.0 / 4.0);
    }

    #[test]
    fn benchmarks_game_output_for_100() {
        assert_eq!(fixed9(spectral_norm(100)), "1.274219991");
    }

    #[test]
    fn benchmarks_game_output_for_5500() {
        assert_eq!(fixed9(spectral_norm(5500)), "1.274224153");
    }

    #[test]
    fn stepwise_equals_one_shot_to_the_bit() {
        for n in [0, 1, 2, 7, 100, 500] {
            let (r, _) = stepwise(n);
            assert_eq!(r.to_bits(), spectral_norm(n).to_bits(), "n = {n}");
        }
    }

    #[test]
    fn progress_goes_from_zero_to_one_in_equal_steps() {
        let (_, seen) = stepwise(10);
        let expected: Vec<f64> = (0..=ITERATIONS)
            .map(|k| f64::from(k) / f64::from(ITERATIONS))
            .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn step_after_the_end_does_nothing() {
        let mut sn = SpectralNorm::new(50);
        while sn.step() {}
        let r = sn.result();
        assert!(sn.is_done());
        assert!(!sn.step());
        assert_eq!(sn.progress(), 1.0);
        assert_eq!(sn.result().to_bits(), r.to_bits());
    }

    #[test]
    fn empty_and_tiny_matrices_are_defined() {
        assert_eq!(spectral_norm(0), 0.0);
        let sn = SpectralNorm::new(0);
        assert_eq!(sn.result(), 0.0);
        // Before the first step v is zero, so the estimate is 0.
        assert_eq!(SpectralNorm::new(5).result(), 0.0);
        // The 1 × 1 corner is [1]: its norm is 1.
        assert_eq!(spectral_norm(1), 1.0);
    }

    #[test]
    fn n_is_capped_without_running_anything() {
        assert_eq!(SpectralNorm::new(usize::MAX).n(), MAX_N);
        assert_eq!(SpectralNorm::new(MAX_N + 1).n(), MAX_N);
        assert_eq!(SpectralNorm::new(123).n(), 123);
        // The largest index stays well inside 32 bits.
        let ij = 2 * (MAX_N - 1);
        assert!(ij * (ij + 1) / 2 + MAX_N < u32::MAX as usize);
    }

    #[test]
    fn partial_estimates_converge_towards_the_result() {
        let mut sn = SpectralNorm::new(100);
        sn.step();
        let first = sn.result();
        while sn.step() {}
        let last = sn.result();
        assert!(first > 1.0 && first <= last + 1e-9, "{first} vs {last}");
    }
}
