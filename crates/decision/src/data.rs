//! The static tables behind the decision matrix: criteria, options, cells
//! and profiles.
//!
//! Sources for the facts the reasons rely on:
//! - AWS Lambda hello-world cold starts at 128 MB: Rust ~16 ms, Go ~49 ms,
//!   Python ~74–101 ms, Node ~135 ms, Java 185–276 ms.
//! - Energy per benchmark, normalised to C = 1 (Pereira et al. 2021):
//!   Rust 1.03, C++ 1.34, Java 1.98, C# 3.14, Go 3.23, JavaScript 4.45,
//!   TypeScript 21.5, Python 75.88.
//! - About 70% of severe security bugs at Microsoft and in Chromium are
//!   memory-safety bugs.
//! - Learning curve of roughly 4–6 weeks to productivity in Rust, and senior
//!   Rust roles advertised around £90k–140k+ (seed article "When to use
//!   Rust").

use crate::{Cell, Criterion, Expected, LanguageOption, Profile};

/// Number of criteria; every profile weight slice and every option row has
/// exactly this many entries.
pub(crate) const N_CRITERIA: usize = 10;
/// Number of language options; rows of [`CELLS`].
pub(crate) const N_OPTIONS: usize = 6;

pub(crate) static CRITERIA: [Criterion; N_CRITERIA] = [
    Criterion {
        id: "runtime-speed",
        name: "Runtime speed",
        question: "How fast does CPU-bound code run, and how much energy does it burn doing it?",
    },
    Criterion {
        id: "predictable-latency",
        name: "Predictable latency",
        question:
            "Are the slowest requests close to the typical ones, or do pauses stretch the tail?",
    },
    Criterion {
        id: "memory-safety",
        name: "Memory safety",
        question: "Does the language stop use-after-free, buffer overflows and similar bugs?",
    },
    Criterion {
        id: "safe-concurrency",
        name: "Safe concurrency",
        question: "Can work run in parallel without data races slipping through to production?",
    },
    Criterion {
        id: "footprint-cold-start",
        name: "Footprint and cold start",
        question: "How small is what you deploy, and how quickly does it start?",
    },
    Criterion {
        id: "time-to-prototype",
        name: "Time to first prototype",
        question: "How quickly can you get a working first version in front of someone?",
    },
    Criterion {
        id: "learning-curve",
        name: "Learning curve",
        question: "How soon does a developer new to the language become productive? (5 = soonest)",
    },
    Criterion {
        id: "hiring-pool",
        name: "Hiring pool",
        question: "How easy is it to hire experienced people for it? (5 = easiest)",
    },
    Criterion {
        id: "ecosystem",
        name: "Ecosystem",
        question: "How broad and mature are the libraries and frameworks you can pull in?",
    },
    Criterion {
        id: "runs-in-browser",
        name: "Runs in the browser",
        question:
            "Can it run in a web page, natively or via WebAssembly, at a sensible download size?",
    },
];

pub(crate) static OPTIONS: [LanguageOption; N_OPTIONS] = [
    LanguageOption {
        id: "rust",
        name: "Rust",
    },
    LanguageOption {
        id: "c-cpp",
        name: "C / C++",
    },
    LanguageOption {
        id: "go",
        name: "Go",
    },
    LanguageOption {
        id: "java-kotlin-csharp",
        name: "Java / Kotlin / C#",
    },
    LanguageOption {
        id: "python",
        name: "Python",
    },
    LanguageOption {
        id: "javascript-typescript",
        name: "JavaScript / TypeScript",
    },
];

const fn c(score: u8, reason: &'static str) -> Cell {
    Cell { score, reason }
}

/// `CELLS[option][criterion]`, rows in [`OPTIONS`] order, columns in
/// [`CRITERIA`] order.
pub(crate) static CELLS: [[Cell; N_CRITERIA]; N_OPTIONS] = [
    // Rust
    [
        c(5, "Native code with zero-cost abstractions, level with C; 1.03x C's energy in Pereira et al. 2021."),
        c(5, "No garbage collector, so no collection pauses stretch the slowest requests."),
        c(5, "The borrow checker rules out use-after-free and buffer misuse at compile time; unsafe code is opt-in and fenced off."),
        c(5, "Sharing data between threads without synchronisation is a compile error, not a production incident."),
        c(5, "Small self-contained binaries with no runtime; about 16 ms for a hello-world Lambda cold start."),
        c(2, "Types, ownership and error handling ask for decisions up front, so a first draft takes longer."),
        c(2, "Expect roughly 4–6 weeks before a newcomer is productive; ownership is the main hurdle."),
        c(2, "Experienced Rust developers are scarce; senior roles are advertised around £90k–140k+."),
        c(3, "Strong for systems, networking (Tokio), CLI tools and wasm; younger and thinner for enterprise, GUI and data science."),
        c(5, "A first-class WebAssembly target with the smallest output and the most mature tooling."),
    ],
    // C / C++
    [
        c(5, "Native code with decades of optimising compilers; C is the energy baseline and C++ uses 1.34x."),
        c(5, "No garbage collector; latency is as predictable as the code you write."),
        c(1, "Nothing stops use-after-free or overflows; memory bugs are about 70% of severe security bugs at Microsoft and Chromium."),
        c(2, "Threads are fully available, but a data race is undefined behaviour that no compiler check catches."),
        c(5, "Native binaries with a tiny runtime start almost instantly and use little memory."),
        c(2, "Manual memory management and build-system setup slow down a first version."),
        c(3, "The basics come quicker than Rust's; mastering undefined behaviour takes years."),
        c(4, "A large, long-established pool of developers, especially in systems, embedded and games."),
        c(4, "Decades of libraries for almost anything, but no standard package manager to pull them in."),
        c(4, "Emscripten compiles C and C++ to WebAssembly and is mature; bindings to the page are more manual."),
    ],
    // Go
    [
        c(4, "Compiled and quick, but usually behind Rust on CPU-heavy work; 3.23x C's energy in Pereira et al. 2021."),
        c(3, "A low-pause garbage collector helps, yet GC still shows up in tail latency under load."),
        c(4, "Garbage collection removes use-after-free; racy access to shared maps or slices can still corrupt state."),
        c(4, "Goroutines and channels make concurrency easy to write; races are caught by a runtime detector, not the compiler."),
        c(4, "A single static binary with a small runtime; about 49 ms for a hello-world Lambda cold start."),
        c(4, "A small language that is simple to write fast, with fast compiles to keep the loop tight."),
        c(4, "Deliberately small; easier to onboard, with most developers productive within days."),
        c(3, "A solid, growing pool, though smaller than Java's, Python's or JavaScript's."),
        c(4, "An excellent standard library and cloud tooling; thinner outside services and infrastructure."),
        c(2, "Compiles to WebAssembly, but the bundled runtime and GC make the download large."),
    ],
    // Java / Kotlin / C#
    [
        c(4, "JIT-compiled code is fast once warm; Java uses 1.98x C's energy and C# 3.14x (Pereira et al. 2021)."),
        c(2, "JIT warm-up plus GC pauses widen the gap between typical and slowest requests."),
        c(4, "The managed runtime rules out use-after-free; null references and native interop remain risks."),
        c(3, "Mature threads and concurrent collections, but data races compile fine and surface at runtime."),
        c(1, "Needs the JVM or CLR; 185–276 ms hello-world Lambda cold starts (Java) and a heavier memory baseline."),
        c(3, "Mature frameworks scaffold an app quickly, with more ceremony than a scripting language."),
        c(3, "Widely taught and documented; the frameworks take longer to learn than the languages."),
        c(5, "The easiest languages here to hire for at scale."),
        c(5, "Enterprise tooling and mature frameworks for nearly every business need."),
        c(2, "Possible through Kotlin/JS, Kotlin/Wasm or Blazor, but niche and heavier than JavaScript."),
    ],
    // Python
    [
        c(1, "An interpreter; Rust is often 10–1000x faster, and Python uses 75.88x C's energy (Pereira et al. 2021)."),
        c(2, "Interpreter overhead and garbage collection make the slowest requests hard to bound."),
        c(4, "Managed memory is safe; the C extensions underneath it are not."),
        c(2, "The global interpreter lock limits CPU parallelism in one process; races surface at runtime."),
        c(3, "Nothing to compile but an interpreter to start; about 74–101 ms for a hello-world Lambda cold start."),
        c(5, "The fastest prototyping language there is: from idea to working code in minutes."),
        c(5, "The usual first-language recommendation; readable and forgiving."),
        c(5, "One of the largest developer pools of any language."),
        c(5, "A huge package index, unmatched for data science (pandas, NumPy, Jupyter) and strong for web back ends."),
        c(1, "Only through Pyodide or similar, which ships the whole interpreter as megabytes of wasm."),
    ],
    // JavaScript / TypeScript
    [
        c(3, "V8's JIT is fast for a dynamic language but behind native code; JavaScript uses 4.45x C's energy."),
        c(2, "One event loop plus GC pauses: a single slow task delays every request queued behind it."),
        c(4, "Managed memory with no pointer arithmetic; the risks are in logic, not memory."),
        c(2, "One thread per event loop avoids data races, but parallel work needs workers and message passing."),
        c(2, "Needs the Node runtime; about 135 ms for a hello-world Lambda cold start."),
        c(4, "Rapid iteration, especially on UIs, with instant reloads and no compile step for plain JavaScript."),
        c(4, "Easy to start; the quirks of the language and its tooling show up later."),
        c(5, "The largest pool of developers of any language."),
        c(5, "npm is the largest package registry; strongest for web and UI work, thin for numerics."),
        c(5, "The browser's own language; nothing to compile and no glue code needed."),
    ],
];

// Weight order (see CRITERIA):
// speed, latency, memory safety, concurrency, footprint/cold start,
// prototype, learning curve, hiring, ecosystem, browser.
pub(crate) static PROFILES: [Profile; 9] = [
    Profile {
        slug: "high-performance-service",
        name: "High-performance service",
        description: "A network service where throughput, tail latency and cost per request decide whether it works.",
        expected: Expected::GoodFit,
        // Speed and tail latency are the point; safety and concurrency matter
        // for a long-running shared service; hiring and libraries count a bit.
        weights: &[5, 5, 3, 4, 3, 1, 1, 2, 3, 0],
    },
    Profile {
        slug: "concurrent",
        name: "Concurrent or parallel code",
        description: "Code that spreads work across many threads or tasks that share state with each other.",
        expected: Expected::GoodFit,
        // Safe concurrency first, then the speed that parallelism is for and
        // the memory safety that shared state puts at risk.
        weights: &[4, 3, 4, 5, 1, 1, 1, 2, 2, 0],
    },
    Profile {
        slug: "security-critical",
        name: "Security-critical software",
        description: "Software that parses untrusted input or guards secrets, where one memory bug can become a breach.",
        expected: Expected::GoodFit,
        // Memory safety dominates; concurrency bugs are security bugs too;
        // vetted libraries (TLS, crypto) and reviewers matter.
        weights: &[2, 1, 5, 3, 1, 1, 1, 2, 3, 0],
    },
    Profile {
        slug: "cli-tool",
        name: "Command-line tool",
        description: "A command-line program that people install once and run many times a day.",
        expected: Expected::GoodFit,
        // Instant start and a single binary to ship matter most; speed for
        // the heavy commands; argument parsing and such from libraries.
        weights: &[3, 1, 2, 1, 5, 2, 1, 1, 3, 0],
    },
    Profile {
        slug: "webassembly",
        name: "WebAssembly module",
        description: "Compute-heavy code compiled to run in the browser or a wasm sandbox, where speed and download size matter.",
        expected: Expected::GoodFit,
        // It must run in the browser, fast, and be small to download.
        weights: &[4, 2, 2, 0, 4, 1, 1, 1, 2, 5],
    },
    Profile {
        slug: "quick-prototype",
        name: "Quick prototype",
        description: "A first version built this week to find out whether an idea is worth pursuing.",
        expected: Expected::ProbablyNot,
        // Speed of iteration and ready-made libraries dominate; nobody needs
        // it to be fast or hardened yet.
        weights: &[1, 0, 1, 0, 0, 5, 3, 1, 4, 0],
    },
    Profile {
        slug: "crud-api",
        name: "Simple CRUD API",
        description: "A conventional web API that stores and fetches records for a business application.",
        expected: Expected::ProbablyNot,
        // Mature frameworks, delivery speed and a team you can hire decide
        // it; the database, not the language, is usually the bottleneck.
        weights: &[1, 1, 1, 1, 1, 4, 3, 4, 5, 0],
    },
    Profile {
        slug: "data-science-script",
        name: "Data-science script",
        description: "An analysis script that loads a dataset, explores it interactively and plots the results.",
        expected: Expected::ProbablyNot,
        // The libraries (pandas, NumPy, Jupyter) and iteration speed are
        // everything; the heavy maths already runs in native code.
        weights: &[1, 0, 0, 0, 0, 5, 3, 1, 5, 0],
    },
    Profile {
        slug: "throwaway",
        name: "Throw-away code",
        description: "Code that runs a few times and is then deleted, such as a one-off migration or a glue script.",
        expected: Expected::ProbablyNot,
        // Only how fast you can write it counts; nobody else will maintain it.
        weights: &[0, 0, 0, 0, 0, 5, 4, 0, 3, 0],
    },
];
