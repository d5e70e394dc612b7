//! JUnit XML for CI systems' test reports (GitLab, Jenkins, GitHub test reporters).
//!
//! One test case per invalid message (its location is the name, its violations the failure),
//! plus one passing case that counts the valid messages, so a clean run still shows a test.

use std::io::{self, Write};

/// A message that failed, with every reason.
pub struct FailedCase<'a> {
    pub location: &'a str,
    pub reasons: Vec<String>,
}

pub fn write_report(
    out: &mut impl Write,
    suite: &str,
    valid: u64,
    failed: &[FailedCase<'_>],
) -> io::Result<()> {
    let tests = failed.len() as u64 + u64::from(valid > 0);
    let failures = failed.len();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="evctl validate" tests="{tests}" failures="{failures}" errors="0">"#
    )?;
    writeln!(
        out,
        r#"  <testsuite name="{}" tests="{tests}" failures="{failures}" errors="0" skipped="0">"#,
        escape(suite)
    )?;
    for case in failed {
        let first = case.reasons.first().map(String::as_str).unwrap_or_default();
        writeln!(
            out,
            r#"    <testcase classname="{}" name="{}">"#,
            escape(suite),
            escape(case.location)
        )?;
        writeln!(
            out,
            r#"      <failure message="{}" type="invalid">{}</failure>"#,
            escape(first),
            escape(&case.reasons.join("\n"))
        )?;
        writeln!(out, "    </testcase>")?;
    }
    if valid > 0 {
        writeln!(
            out,
            r#"    <testcase classname="{}" name="{valid} valid messages"/>"#,
            escape(suite)
        )?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

/// XML text and attribute escaping; characters XML 1.0 cannot carry become U+FFFD.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_and_the_valid_count_are_test_cases() {
        let mut out = Vec::new();
        let failed = [FailedCase {
            location: "orders.jsonl:3",
            reasons: vec![
                "/amount: \"12\" is not of type \"number\"".into(),
                "/id: <missing>".into(),
            ],
        }];
        write_report(&mut out, "schemas/orders.json", 5, &failed).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains(r#"<testsuites name="evctl validate" tests="2" failures="1""#),
            "{xml}"
        );
        assert!(xml.contains(r#"name="orders.jsonl:3""#));
        assert!(
            xml.contains(r#"message="/amount: &quot;12&quot; is not of type &quot;number&quot;""#),
            "{xml}"
        );
        assert!(xml.contains("&#10;/id: &lt;missing&gt;"), "{xml}");
        assert!(xml.contains(r#"name="5 valid messages"/>"#));
    }

    #[test]
    fn control_characters_cannot_break_the_document() {
        assert_eq!(escape("a\u{1}b"), "a\u{FFFD}b");
    }
}
