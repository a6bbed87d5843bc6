use super::*;

fn crit(id: &str) -> usize {
    criterion_index(id).unwrap_or_else(|| panic!("no criterion {id}"))
}

fn prof(slug: &str) -> &'static Profile {
    profile(slug).unwrap_or_else(|| panic!("no profile {slug}"))
}

fn name(option: usize) -> &'static str {
    options()[option].name
}

#[test]
fn every_profile_gives_the_seed_articles_verdict() {
    for p in profiles() {
        let eval = evaluate(p.weights);
        let got = match eval.verdict {
            Verdict::GoodFit => Expected::GoodFit,
            Verdict::ProbablyNot { .. } => Expected::ProbablyNot,
            Verdict::NoCriteria => panic!("{}: no criteria weighted", p.slug),
        };
        assert_eq!(
            got, p.expected,
            "{}: expected {:?}, got {:?} (ranking {:?})",
            p.slug, p.expected, eval.verdict, eval.ranking
        );
    }
}

#[test]
fn both_kinds_of_profile_are_present() {
    let good = profiles()
        .iter()
        .filter(|p| p.expected == Expected::GoodFit)
        .count();
    let not = profiles()
        .iter()
        .filter(|p| p.expected == Expected::ProbablyNot)
        .count();
    assert_eq!((good, not), (5, 4));
}

#[test]
fn probably_not_profiles_name_a_better_option_that_is_not_rust() {
    for p in profiles()
        .iter()
        .filter(|p| p.expected == Expected::ProbablyNot)
    {
        match evaluate(p.weights).verdict {
            Verdict::ProbablyNot { better } => {
                assert_ne!(better, RUST, "{}", p.slug);
                assert!(better < options().len(), "{}", p.slug);
            }
            other => panic!("{}: {other:?}", p.slug),
        }
    }
    for slug in ["quick-prototype", "data-science-script"] {
        assert_eq!(
            evaluate(prof(slug).weights).verdict,
            Verdict::ProbablyNot { better: PYTHON },
            "{slug}"
        );
    }
}

#[test]
fn the_better_option_is_the_top_of_the_ranking() {
    for p in profiles() {
        let eval = evaluate(p.weights);
        let top = eval.ranking[0].option;
        match eval.verdict {
            Verdict::GoodFit => assert_eq!(top, RUST, "{}", p.slug),
            Verdict::ProbablyNot { better } => assert_eq!(top, better, "{}", p.slug),
            Verdict::NoCriteria => panic!("{}", p.slug),
        }
    }
}

#[test]
fn data_is_complete() {
    assert!(criteria().len() >= 10);
    assert_eq!(options().len(), 6);
    assert_eq!(options()[RUST].id, "rust");
    assert_eq!(option_index("python"), Some(PYTHON));
    assert_eq!(option_index("go"), Some(GO));
    assert_eq!(option_index("c-cpp"), Some(C_CPP));
    assert_eq!(option_index("java-kotlin-csharp"), Some(JAVA_KOTLIN_CSHARP));
    assert_eq!(option_index("javascript-typescript"), Some(JS_TS));

    for c in criteria() {
        assert!(!c.id.is_empty() && !c.name.is_empty() && !c.question.is_empty());
    }
    for o in options() {
        assert!(!o.id.is_empty() && !o.name.is_empty());
    }
    for o in 0..options().len() {
        for c in 0..criteria().len() {
            let cell = cell(o, c).unwrap_or_else(|| panic!("missing cell {o},{c}"));
            assert!(
                (1..=5).contains(&cell.score),
                "{} / {}: score {}",
                name(o),
                criteria()[c].id,
                cell.score
            );
            assert!(!cell.reason.trim().is_empty(), "{o},{c}");
        }
    }
    for p in profiles() {
        assert_eq!(p.weights.len(), criteria().len(), "{}", p.slug);
        assert!(p.weights.iter().all(|&w| w <= MAX_WEIGHT), "{}", p.slug);
        assert!(p.weights.iter().any(|&w| w > 0), "{}", p.slug);
        assert!(!p.name.is_empty() && !p.description.is_empty());
        assert_eq!(profile(p.slug), Some(p));
    }
}

#[test]
fn ids_and_slugs_are_unique() {
    fn unique(ids: &[&str]) -> bool {
        ids.iter()
            .enumerate()
            .all(|(i, a)| ids.iter().skip(i + 1).all(|b| a != b))
    }
    let slugs: Vec<&str> = profiles().iter().map(|p| p.slug).collect();
    let crits: Vec<&str> = criteria().iter().map(|c| c.id).collect();
    let opts: Vec<&str> = options().iter().map(|o| o.id).collect();
    assert!(unique(&slugs), "{slugs:?}");
    assert!(unique(&crits), "{crits:?}");
    assert!(unique(&opts), "{opts:?}");
    for s in &slugs {
        assert!(
            s.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "slug {s} is not URL-friendly"
        );
    }
}

#[test]
fn out_of_range_lookups_return_none() {
    assert_eq!(cell(options().len(), 0), None);
    assert_eq!(cell(0, criteria().len()), None);
    assert_eq!(cell(usize::MAX, usize::MAX), None);
    assert_eq!(profile("no-such-profile"), None);
    assert_eq!(profile(""), None);
    assert_eq!(criterion_index("nope"), None);
    assert_eq!(option_index("cobol"), None);
}

#[test]
fn changing_weights_flips_the_verdict() {
    let cli = prof("cli-tool");
    assert_eq!(evaluate(cli.weights).verdict, Verdict::GoodFit);

    let mut w = cli.weights.to_vec();
    w[crit("time-to-prototype")] = 5;
    w[crit("hiring-pool")] = 5;
    w[crit("runtime-speed")] = 0;
    let eval = evaluate(&w);
    match eval.verdict {
        Verdict::ProbablyNot { better } => assert_ne!(better, RUST),
        other => panic!("expected ProbablyNot, got {other:?}"),
    }
    // The reason is visible: prototyping speed now counts against Rust.
    let proto = eval
        .deciding
        .iter()
        .find(|d| d.criterion == crit("time-to-prototype"))
        .expect("time to prototype should be a deciding criterion");
    assert!(!proto.favours_rust && proto.contribution < 0.0);

    // And the other way: a data-science script that must run flat out,
    // safely, on many cores and start instantly becomes a Rust job.
    let mut w = prof("data-science-script").weights.to_vec();
    for id in [
        "runtime-speed",
        "memory-safety",
        "safe-concurrency",
        "footprint-cold-start",
    ] {
        w[crit(id)] = 5;
    }
    w[crit("time-to-prototype")] = 1;
    w[crit("ecosystem")] = 1;
    assert_eq!(evaluate(&w).verdict, Verdict::GoodFit);
}

#[test]
fn scores_are_the_weighted_mean_of_the_cells() {
    // Two weighted criteria, checked by hand from the cells:
    // speed ×2 and time to prototype ×1.
    let mut w = vec![0u8; criteria().len()];
    let speed = crit("runtime-speed");
    let proto = crit("time-to-prototype");
    w[speed] = 2;
    w[proto] = 1;
    let eval = evaluate(&w);
    for o in 0..options().len() {
        let s = |c| f64::from(cell(o, c).unwrap().score);
        let expected = (2.0 * s(speed) + 1.0 * s(proto)) / 3.0;
        let got = eval.score_of(o).unwrap();
        assert!(
            (got - expected).abs() < 1e-12,
            "{}: {got} vs {expected}",
            name(o)
        );
    }
    // Concretely, for Rust: speed 5, prototype 2 → (2·5 + 1·2) / 3 = 4.0.
    assert_eq!(cell(RUST, speed).unwrap().score, 5);
    assert_eq!(cell(RUST, proto).unwrap().score, 2);
    assert!((eval.score_of(RUST).unwrap() - 4.0).abs() < 1e-12);

    // And for a whole profile, summing every cell.
    let p = prof("security-critical");
    let eval = evaluate(p.weights);
    for o in 0..options().len() {
        let mut num = 0.0;
        let mut den = 0.0;
        for (c, &wc) in p.weights.iter().enumerate() {
            num += f64::from(wc) * f64::from(cell(o, c).unwrap().score);
            den += f64::from(wc);
        }
        let got = eval.score_of(o).unwrap();
        assert!((got - num / den).abs() < 1e-12, "{}", name(o));
    }
}

#[test]
fn ranking_is_complete_sorted_and_in_range() {
    for p in profiles() {
        let eval = evaluate(p.weights);
        assert_eq!(eval.ranking.len(), options().len(), "{}", p.slug);
        let mut seen: Vec<usize> = eval.ranking.iter().map(|r| r.option).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..options().len()).collect::<Vec<_>>());
        for pair in eval.ranking.windows(2) {
            assert!(pair[0].score >= pair[1].score, "{}", p.slug);
        }
        for r in &eval.ranking {
            assert!((1.0..=5.0).contains(&r.score), "{}: {}", p.slug, r.score);
        }
    }
}

#[test]
fn ties_keep_option_order() {
    // Only "runs in the browser" weighted: Rust and JavaScript both score 5.
    let mut w = vec![0u8; criteria().len()];
    w[crit("runs-in-browser")] = 3;
    let eval = evaluate(&w);
    assert_eq!(eval.ranking[0].option, RUST);
    assert_eq!(eval.ranking[1].option, JS_TS);
    assert_eq!(eval.ranking[0].score, eval.ranking[1].score);
    assert_eq!(eval.verdict, Verdict::GoodFit);
    // Nothing separates them, so nothing decided it.
    assert!(eval.deciding.is_empty());
}

#[test]
fn deciding_criteria_explain_the_gap() {
    for p in profiles() {
        let eval = evaluate(p.weights);
        let rival = eval.rival().expect("a rival");
        assert_ne!(rival, RUST);
        assert!(!eval.deciding.is_empty() && eval.deciding.len() <= 3);
        let total: f64 = p.weights.iter().map(|&w| f64::from(w)).sum();
        for d in &eval.deciding {
            let w = f64::from(p.weights[d.criterion]);
            let rust = f64::from(cell(RUST, d.criterion).unwrap().score);
            let other = f64::from(cell(rival, d.criterion).unwrap().score);
            let expected = w * (rust - other) / total;
            assert!((d.contribution - expected).abs() < 1e-12, "{}", p.slug);
            assert_eq!(d.favours_rust, d.contribution > 0.0);
            assert_ne!(d.contribution, 0.0);
        }
        for pair in eval.deciding.windows(2) {
            assert!(pair[0].contribution.abs() >= pair[1].contribution.abs());
        }
        // The strongest reason points the same way as the verdict.
        let first = &eval.deciding[0];
        assert_eq!(
            first.favours_rust,
            eval.verdict == Verdict::GoodFit,
            "{}: top reason {} disagrees with {:?}",
            p.slug,
            criteria()[first.criterion].id,
            eval.verdict
        );
    }
    // Where a user would look first: memory safety decides security work,
    // time to prototype decides a quick prototype.
    let sec = evaluate(prof("security-critical").weights);
    assert_eq!(sec.deciding[0].criterion, crit("memory-safety"));
    let proto = evaluate(prof("quick-prototype").weights);
    assert!(proto
        .deciding
        .iter()
        .any(|d| d.criterion == crit("time-to-prototype") && !d.favours_rust));
}

#[test]
fn all_zero_weights_give_no_criteria() {
    for w in [&[][..], &[0u8; 10][..], &[0u8; 3][..], &[0u8; 40][..]] {
        let eval = evaluate(w);
        assert_eq!(eval.verdict, Verdict::NoCriteria);
        assert!(eval.ranking.is_empty());
        assert!(eval.deciding.is_empty());
        assert_eq!(eval.rival(), None);
        assert_eq!(eval.score_of(RUST), None);
    }
    // Weights only beyond the last criterion are ignored, so still nothing.
    let mut w = vec![0u8; criteria().len()];
    w.extend([5, 5, 5]);
    assert_eq!(evaluate(&w).verdict, Verdict::NoCriteria);
}

#[test]
fn odd_weight_vectors_do_not_panic_and_are_normalised() {
    // Over-range weights are clamped to 5.
    let big = vec![u8::MAX; criteria().len()];
    let fives = vec![5u8; criteria().len()];
    assert_eq!(evaluate(&big), evaluate(&fives));

    // Short vectors: missing weights count as zero.
    let short = [5u8, 5];
    let mut padded = vec![0u8; criteria().len()];
    padded[0] = 5;
    padded[1] = 5;
    assert_eq!(evaluate(&short), evaluate(&padded));

    // Long vectors: extra weights are ignored.
    let mut long = prof("crud-api").weights.to_vec();
    long.extend([5, 200, 1]);
    assert_eq!(evaluate(&long), evaluate(prof("crud-api").weights));

    // A single weight on any criterion gives a finite ranking.
    for c in 0..criteria().len() + 2 {
        let mut w = vec![0u8; c + 1];
        w[c] = 7;
        let eval = evaluate(&w);
        for r in &eval.ranking {
            assert!(r.score.is_finite());
        }
    }
}
