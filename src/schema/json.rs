//! JSON Schema (drafts 4, 6, 7, 2019-09 and 2020-12, chosen by `$schema`; 2020-12 when absent).
//!
//! The validator is built without a network retriever: a `$ref` to a remote document is an
//! error in the schema, never a fetch.

use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

use super::Violation;

pub struct JsonSchema {
    validator: jsonschema::Validator,
    /// The schema as written, for evolution checks.
    pub document: Value,
}

impl JsonSchema {
    pub fn parse(text: &str) -> Result<JsonSchema, String> {
        let document: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        JsonSchema::from_document(document)
    }

    pub fn from_document(document: Value) -> Result<JsonSchema, String> {
        let validator = jsonschema::options()
            // As check-jsonschema does: a "format" is checked, not only annotated.
            .should_validate_formats(true)
            .build(&document)
            .map_err(|e| format!("not a valid JSON Schema: {}", one_line(&e.to_string())))?;
        Ok(JsonSchema {
            validator,
            document,
        })
    }

    pub fn is_valid(&self, value: &Value) -> bool {
        self.validator.is_valid(value)
    }

    pub fn violations(&self, value: &Value) -> Vec<Violation> {
        self.validator
            .iter_errors(value)
            .map(|e| {
                let mut pointer = e.instance_path().as_str().to_string();
                // A missing property is reported on its parent; point at the property itself.
                if let ValidationErrorKind::Required {
                    property: Value::String(name),
                } = e.kind()
                {
                    pointer.push('/');
                    pointer.push_str(&escape_pointer(name));
                }
                Violation::new(pointer, one_line(&e.to_string()))
            })
            .collect()
    }
}

/// One JSON pointer segment (`~` and `/` escaped as RFC 6901 says).
pub fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: Value) -> JsonSchema {
        JsonSchema::from_document(v).unwrap()
    }

    #[test]
    fn a_missing_property_points_at_the_property() {
        let s = schema(
            json!({"type":"object","required":["amount"],"properties":{"amount":{"type":"number"}}}),
        );
        let v = s.violations(&json!({}));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].pointer, "/amount");
        assert!(v[0].message.contains("required"), "{}", v[0].message);
    }

    #[test]
    fn a_wrong_type_points_at_the_field_and_says_what_was_expected() {
        let s = schema(
            json!({"properties":{"items":{"type":"array","items":{"properties":{"qty":{"type":"integer"}}}}}}),
        );
        let v = s.violations(&json!({"items":[{"qty":1},{"qty":"2"}]}));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].pointer, "/items/1/qty");
        assert!(v[0].message.contains("integer"), "{}", v[0].message);
        assert!(s.is_valid(&json!({"items":[{"qty":1}]})));
    }

    #[test]
    fn formats_are_checked() {
        let s = schema(json!({"type":"string","format":"date-time"}));
        assert!(s.is_valid(&json!("2026-11-22T10:00:00Z")));
        assert!(!s.is_valid(&json!("yesterday")));
    }

    #[test]
    fn a_remote_reference_is_an_error_not_a_fetch() {
        let e = JsonSchema::parse(r#"{"$ref":"https://example.com/order.json"}"#)
            .err()
            .unwrap();
        assert!(e.contains("not a valid JSON Schema"), "{e}");
    }

    #[test]
    fn a_broken_schema_is_reported() {
        assert!(
            JsonSchema::parse("{")
                .err()
                .unwrap()
                .starts_with("not JSON")
        );
        let e = JsonSchema::parse(r#"{"type":"nonsense"}"#).err().unwrap();
        assert!(e.contains("not a valid JSON Schema"), "{e}");
    }
}
