//! The visualizer's share link: the program and the step live in the URL,
//! `#/ownership?code=<lz-string, URI-safe>&step=3`. The code is compressed with lz-string's
//! `compressToEncodedURIComponent` (the `lz-str` crate), the format most online playgrounds
//! use, so a link stays short and survives being pasted into chat.
//!
//! A bad link (undecodable, cut off, over-long, a step that is not a number) gives the
//! default program and a notice; nothing here can panic.

use serde::Serialize;

use ui::components::clip;

/// Longest `code=` value read, in characters. A link over this is refused before decoding,
/// which also bounds the work lz-string decompression can do.
pub const MAX_CODE_PARAM: usize = 16_000;

/// Longest program accepted from a link, in characters (the engine's own limit).
pub const MAX_LINK_PROGRAM: usize = ownership::MAX_SOURCE_CHARS;

/// The query parameters, as serde_urlencoded writes them.
#[derive(Debug, Default, Serialize)]
pub struct OwnershipQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<String>,
}

/// What a link asks for: a program (when it has one) and a 0-based step.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shared {
    /// The program, when the link carries one; the default preset otherwise.
    pub code: Option<String>,
    /// The step to open at, 0-based (the view clamps it to the last step).
    pub step: usize,
}

/// Reads a query string (with or without the `?`), and a notice when it had to be ignored.
pub fn parse(query: &str) -> (Shared, Option<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let fallback = |why: String| {
        (
            Shared::default(),
            Some(format!("{why} Showing the first example instead.")),
        )
    };
    if query.is_empty() {
        return (Shared::default(), None);
    }
    if query.len() > MAX_CODE_PARAM + 200 {
        return fallback("This link is too long to be a share link from this page.".into());
    }
    // The first `code=` and `step=` count; other keys (`theme=`) are not this widget's.
    let mut q = OwnershipQuery::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let slot = match key.as_ref() {
            "code" => &mut q.code,
            "step" => &mut q.step,
            _ => continue,
        };
        slot.get_or_insert_with(|| value.into_owned());
    }
    let code = match q.code.as_deref() {
        None => None,
        Some(c) if c.chars().count() > MAX_CODE_PARAM => {
            return fallback("This link's program is too long.".into())
        }
        Some(c) => match decode(c) {
            Some(code) if code.chars().count() > MAX_LINK_PROGRAM => {
                return fallback(format!(
                    "This link's program is over {MAX_LINK_PROGRAM} characters."
                ))
            }
            Some(code) => Some(code),
            None => {
                return fallback(
                    "This link's program could not be decoded (the link may be cut off).".into(),
                )
            }
        },
    };
    let step = match q.step.as_deref() {
        None => 0,
        Some(s) => match s.parse::<usize>() {
            Ok(n) => n.saturating_sub(1),
            Err(_) => {
                return fallback(format!("`{}` is not a step number.", clip(s)));
            }
        },
    };
    (Shared { code, step }, None)
}

/// Whether `code` can travel in a link that [`parse`] reads back: a program over
/// [`MAX_LINK_PROGRAM`] characters cannot (nor can one whose compressed form is over
/// [`MAX_CODE_PARAM`], which [`to_query`] finds out).
pub fn fits_link(code: &str) -> bool {
    code.chars().count() <= MAX_LINK_PROGRAM
}

/// The query for a program and a 0-based step (written 1-based, as the step counter shows
/// it); `None` when the program cannot travel in a link this page reads back, so that the
/// page never writes an address it could not reopen.
pub fn to_query(code: &str, step: usize) -> Option<OwnershipQuery> {
    if !fits_link(code) {
        return None;
    }
    let code = lz_str::compress_to_encoded_uri_component(code);
    (code.chars().count() <= MAX_CODE_PARAM).then(|| OwnershipQuery {
        code: Some(code),
        step: (step > 0).then(|| (step + 1).to_string()),
    })
}

/// The program in a `code=` value, or `None` when it is not valid lz-string output or not
/// valid UTF-16 text.
fn decode(param: &str) -> Option<String> {
    let units = lz_str::decompress_from_encoded_uri_component(param)?;
    let text = String::from_utf16(&units).ok()?;
    // lz-string decodes some garbage to the empty string; a link never carries an empty program.
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(code: &str, step: usize) -> String {
        serde_urlencoded::to_string(to_query(code, step).expect("fits a link")).unwrap()
    }

    #[test]
    fn a_program_and_step_round_trip_through_the_link() {
        let code = "fn main() {\n    let s = String::from(\"héllo ✓\");\n    let t = s;\n    println!(\"{s} {t}\");\n}\n";
        let q = link(code, 2);
        assert!(q.contains("step=3"), "{q}");
        assert_eq!(
            parse(&q),
            (
                Shared {
                    code: Some(code.to_string()),
                    step: 2
                },
                None
            )
        );
        // The link is shorter than the program for anything but tiny programs.
        let long = code.repeat(20);
        assert!(link(&long, 0).len() < long.len() / 2);
    }

    #[test]
    fn no_query_is_the_default_with_no_notice() {
        assert_eq!(parse(""), (Shared::default(), None));
        assert_eq!(parse("?"), (Shared::default(), None));
    }

    #[test]
    fn a_cut_off_or_tampered_link_gives_the_default_and_a_notice() {
        let q = link("fn main() { let x = 5; }", 0);
        let cut = &q[..q.len() / 2];
        for bad in [
            cut,
            "code=%%%",
            "code=!!!!",
            "code=",
            "step=two",
            "code=AAAA&step=-1",
        ] {
            let (shared, notice) = parse(bad);
            assert_eq!(shared, Shared::default(), "{bad}");
            assert!(
                notice.is_some_and(|n| n.ends_with("Showing the first example instead.")),
                "{bad}"
            );
        }
    }

    #[test]
    fn over_long_links_are_refused_before_decoding() {
        let q = format!("code={}", "A".repeat(MAX_CODE_PARAM + 1));
        let (shared, notice) = parse(&q);
        assert_eq!(shared, Shared::default());
        assert!(notice.unwrap().contains("too long"));
        // A program over the engine's limit, even if its link is short enough.
        let big = "x".repeat(MAX_LINK_PROGRAM + 1);
        let q = OwnershipQuery {
            code: Some(lz_str::compress_to_encoded_uri_component(&big)),
            step: None,
        };
        let (shared, notice) = parse(&serde_urlencoded::to_string(q).unwrap());
        assert_eq!(shared, Shared::default());
        assert!(notice.unwrap().contains("over 20000 characters"));
    }

    /// The page writes no link it could not read back: not for a program over the limit,
    /// nor for one whose compressed form is too long (text that does not compress).
    #[test]
    fn no_link_is_written_that_could_not_be_reopened() {
        assert!(to_query(&"x".repeat(MAX_LINK_PROGRAM + 1), 0).is_none());
        assert!(!fits_link(&"x".repeat(MAX_LINK_PROGRAM + 1)));
        // Characters from all over Unicode compress poorly.
        let noise: String = (0..MAX_LINK_PROGRAM)
            .map(|i| char::from_u32(0x4e00 + (i as u32 * 7919) % 20000).unwrap_or('x'))
            .collect();
        assert!(fits_link(&noise));
        assert!(to_query(&noise, 0).is_none());
        let fine = "fn main() {}\n".repeat(100);
        assert_eq!(
            parse(&link(&fine, 0)).0.code.as_deref(),
            Some(fine.as_str())
        );
    }
}
