//! The Confluent wire format: byte 0, a 4-byte big-endian schema id, then the payload; or,
//! from newer serializers, the schema named in a `__value_schema_id` / `__key_schema_id`
//! header (byte 1 and a 16-byte GUID, or byte 0 and a 4-byte id) with an unprefixed payload.

pub const VALUE_SCHEMA_HEADER: &str = "__value_schema_id";
pub const KEY_SCHEMA_HEADER: &str = "__key_schema_id";

/// Which registered schema wrote a payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemaRef {
    Id(u32),
    Guid([u8; 16]),
}

impl SchemaRef {
    /// `8-4-4-4-12` hex, as the registry's `/schemas/guids/{guid}` takes it.
    pub fn guid_text(guid: &[u8; 16]) -> String {
        let hex: String = guid.iter().map(|b| format!("{b:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }

    /// The 16 bytes of a GUID written as hex, with or without dashes.
    pub fn parse_guid(text: &str) -> Option<[u8; 16]> {
        let hex: Vec<u8> = text.bytes().filter(|&b| b != b'-').collect();
        if hex.len() != 32 || !hex.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let mut guid = [0u8; 16];
        for (byte, pair) in guid.iter_mut().zip(hex.chunks(2)) {
            *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(guid)
    }
}

/// A framed payload: the schema that wrote it, its bytes without the prefix, and what the
/// header carried after the schema reference (Protobuf's message-index array, in the header
/// form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Framed<'p, 'h> {
    pub schema: SchemaRef,
    pub body: &'p [u8],
    pub header_rest: Option<&'h [u8]>,
}

/// Finds the schema reference of a payload: in its header if one is given (byte 1 and a
/// 16-byte GUID, or byte 0 and a 4-byte id, then for Protobuf the message indexes), else in
/// its first five bytes.
pub fn detect<'p, 'h>(payload: &'p [u8], header: Option<&'h [u8]>) -> Option<Framed<'p, 'h>> {
    if let Some(h) = header {
        let (schema, rest) = match h {
            [1, rest @ ..] if rest.len() >= 16 => {
                let mut g = [0u8; 16];
                g.copy_from_slice(&rest[..16]);
                (SchemaRef::Guid(g), &rest[16..])
            }
            [0, a, b, c, d, rest @ ..] => {
                (SchemaRef::Id(u32::from_be_bytes([*a, *b, *c, *d])), rest)
            }
            _ => return None,
        };
        return Some(Framed {
            schema,
            body: payload,
            header_rest: Some(rest).filter(|r| !r.is_empty()),
        });
    }
    match payload {
        [0, a, b, c, d, rest @ ..] => Some(Framed {
            schema: SchemaRef::Id(u32::from_be_bytes([*a, *b, *c, *d])),
            body: rest,
            header_rest: None,
        }),
        _ => None,
    }
}

/// Appends the framed payload to `out`.
pub fn frame(id: u32, payload: &[u8], out: &mut Vec<u8>) {
    out.reserve(5 + payload.len());
    out.push(0);
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_round_trips() {
        let mut out = Vec::new();
        frame(258, b"abc", &mut out);
        assert_eq!(out, [0, 0, 0, 1, 2, b'a', b'b', b'c']);
        let framed = detect(&out, None).unwrap();
        assert_eq!(
            (framed.schema, framed.body),
            (SchemaRef::Id(258), &b"abc"[..])
        );
    }

    #[test]
    fn plain_json_and_short_payloads_are_not_framed() {
        assert_eq!(detect(b"{\"a\":1}", None), None);
        assert_eq!(detect(&[0, 0, 1], None), None);
    }

    #[test]
    fn the_header_form_is_read() {
        let mut h = vec![1u8];
        h.extend(0u8..16);
        let framed = detect(b"{}", Some(&h)).unwrap();
        assert_eq!((framed.body, framed.header_rest), (&b"{}"[..], None));
        let SchemaRef::Guid(g) = framed.schema else {
            panic!("{:?}", framed.schema)
        };
        assert_eq!(
            SchemaRef::guid_text(&g),
            "00010203-0405-0607-0809-0a0b0c0d0e0f"
        );
        assert_eq!(
            SchemaRef::parse_guid("00010203-0405-0607-0809-0a0b0c0d0e0f"),
            Some(g)
        );
        assert_eq!(SchemaRef::parse_guid("0001-02"), None);
        assert_eq!(SchemaRef::parse_guid(&"zz".repeat(16)), None);
        assert_eq!(
            detect(b"x", Some(&[0, 0, 0, 0, 7])).unwrap().schema,
            SchemaRef::Id(7)
        );
        assert_eq!(detect(b"x", Some(b"junk")), None);
        // Protobuf's message indexes follow the reference in the header form.
        h.extend([4, 2, 0]);
        assert_eq!(
            detect(b"x", Some(&h)).unwrap().header_rest,
            Some(&[4u8, 2, 0][..])
        );
        assert_eq!(detect(b"x", Some(&h[..10])), None);
    }
}
