//! Message filters for `tail`: key, headers and a regular expression on the value.

use regex::bytes::Regex;

use crate::envelope::HeaderRef;

#[derive(Debug, Clone, Default)]
pub struct MessageFilter {
    key: Option<Vec<u8>>,
    headers: Vec<(String, Vec<u8>)>,
    grep: Option<Regex>,
}

impl MessageFilter {
    /// Builds the filter; an invalid regular expression is reported with the pattern.
    pub fn new(
        key: Option<&str>,
        headers: &[(String, String)],
        grep: Option<&str>,
    ) -> Result<MessageFilter, String> {
        let grep = grep
            .map(|pattern| {
                Regex::new(pattern).map_err(|e| format!("invalid --grep {pattern:?}: {e}"))
            })
            .transpose()?;
        Ok(MessageFilter {
            key: key.map(|k| k.as_bytes().to_vec()),
            headers: headers
                .iter()
                .map(|(k, v)| (k.clone(), v.as_bytes().to_vec()))
                .collect(),
            grep,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_none() && self.headers.is_empty() && self.grep.is_none()
    }

    /// True when the message passes every filter. Headers: each wanted `k=v` must be present
    /// (a message may carry the same header name several times; any of them may match).
    pub fn matches<'h>(
        &self,
        key: Option<&[u8]>,
        headers: impl IntoIterator<Item = HeaderRef<'h>> + Clone,
        value: Option<&[u8]>,
    ) -> bool {
        if let Some(wanted) = &self.key
            && key != Some(wanted.as_slice())
        {
            return false;
        }
        for (name, wanted) in &self.headers {
            let found = headers
                .clone()
                .into_iter()
                .any(|h| h.key == name && h.value == Some(wanted.as_slice()));
            if !found {
                return false;
            }
        }
        match (&self.grep, value) {
            (Some(re), Some(v)) => re.is_match(v),
            (Some(_), None) => false,
            (None, _) => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h<'a>(key: &'a str, value: &'a [u8]) -> HeaderRef<'a> {
        HeaderRef {
            key,
            value: Some(value),
        }
    }

    #[test]
    fn every_filter_must_match() {
        let f = MessageFilter::new(
            Some("k1"),
            &[("type".into(), "order.created".into())],
            Some(r#""amount":\s*\d{3,}"#),
        )
        .unwrap();
        let headers = [h("trace", b"x"), h("type", b"order.created")];
        let value = br#"{"amount": 250}"#;
        assert!(f.matches(Some(b"k1"), headers, Some(value)));
        assert!(!f.matches(Some(b"k2"), headers, Some(value)));
        assert!(!f.matches(None, headers, Some(value)));
        assert!(!f.matches(Some(b"k1"), [h("type", b"order.paid")], Some(value)));
        assert!(!f.matches(Some(b"k1"), headers, Some(br#"{"amount": 25}"#)));
        assert!(!f.matches(Some(b"k1"), headers, None));
    }

    #[test]
    fn empty_filter_passes_everything() {
        let f = MessageFilter::new(None, &[], None).unwrap();
        assert!(f.is_empty());
        assert!(f.matches(None, [], None));
    }

    #[test]
    fn duplicate_headers_any_may_match() {
        let f = MessageFilter::new(None, &[("a".into(), "2".into())], None).unwrap();
        assert!(f.matches(None, [h("a", b"1"), h("a", b"2")], None));
    }

    #[test]
    fn bad_regex_names_the_pattern() {
        let err = MessageFilter::new(None, &[], Some("(")).unwrap_err();
        assert!(err.starts_with("invalid --grep \"(\""), "{err}");
    }
}
