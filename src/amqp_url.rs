//! `amqp://` and `amqps://` URLs: parsed once when the configuration is resolved, masked
//! wherever one is printed. Pure: no I/O.

/// The parts of an `amqp://` or `amqps://` URL evctl needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmqpUrl {
    pub tls: bool,
    pub user: Option<String>,
    pub password: Option<String>,
    pub host: String,
    pub port: u16,
    /// Percent-decoded; `/` when the URL has no path.
    pub vhost: String,
}

pub const DEFAULT_AMQP_URL: &str = "amqp://guest:guest@localhost:5672/%2f";

impl AmqpUrl {
    pub fn parse(url: &str) -> Result<AmqpUrl, String> {
        let bad = |why: &str| format!("invalid AMQP URL {:?}: {why}", mask_password(url));
        let (tls, rest) = if let Some(rest) = url.strip_prefix("amqps://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("amqp://") {
            (false, rest)
        } else {
            return Err(bad("it must start with amqp:// or amqps://"));
        };
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (user, password) = match userinfo {
            Some(u) => match u.split_once(':') {
                Some((user, pw)) => (Some(percent_decode(user)?), Some(percent_decode(pw)?)),
                None => (Some(percent_decode(u)?), None),
            },
            None => (None, None),
        };
        let default_port = if tls { 5671 } else { 5672 };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if !hostport.ends_with(']') => (
                h.to_string(),
                p.parse::<u16>()
                    .map_err(|_| bad("the port is not a number"))?,
            ),
            _ => (hostport.to_string(), default_port),
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let vhost = if path.is_empty() {
            "/".to_string()
        } else {
            percent_decode(path)?
        };
        Ok(AmqpUrl {
            tls,
            user,
            password,
            host,
            port,
            vhost,
        })
    }

    /// Where the management API of this server normally listens.
    pub fn default_management_url(&self) -> String {
        if self.tls {
            format!("https://{}:15671", self.host)
        } else {
            format!("http://{}:15672", self.host)
        }
    }
}

/// `amqp://user:secret@host` as `amqp://user:****@host`, for messages and `context show`.
pub fn mask_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[scheme_end..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => match rest[..at].find(':') {
            Some(colon) => format!(
                "{}{}:****{}",
                &url[..scheme_end],
                &rest[..colon],
                &rest[at..]
            ),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("invalid percent-encoding in {s:?}"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} does not decode to UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_usual_forms() {
        let u = AmqpUrl::parse(DEFAULT_AMQP_URL).unwrap();
        assert_eq!(
            (
                u.tls,
                u.user.as_deref(),
                u.password.as_deref(),
                u.host.as_str(),
                u.port,
                u.vhost.as_str()
            ),
            (false, Some("guest"), Some("guest"), "localhost", 5672, "/")
        );
        let u = AmqpUrl::parse("amqps://svc:p%40ss@rabbit.example.com/orders").unwrap();
        assert_eq!(u.password.as_deref(), Some("p@ss"));
        assert_eq!((u.port, u.vhost.as_str()), (5671, "orders"));
        assert_eq!(
            u.default_management_url(),
            "https://rabbit.example.com:15671"
        );
        let u = AmqpUrl::parse("amqp://127.0.0.1").unwrap();
        assert_eq!((u.user.as_deref(), u.vhost.as_str()), (None, "/"));
        assert_eq!(u.default_management_url(), "http://127.0.0.1:15672");
    }

    #[test]
    fn rejects_other_schemes_without_echoing_the_password() {
        let err = AmqpUrl::parse("http://u:secret@h").unwrap_err();
        assert!(err.contains("amqp://") && !err.contains("secret"), "{err}");
        assert!(AmqpUrl::parse("amqp://h:notaport/").is_err());
        assert!(AmqpUrl::parse("amqp://h/%zz").is_err());
    }

    #[test]
    fn masks_passwords() {
        assert_eq!(
            mask_password("amqp://u:secret@h:5672/v"),
            "amqp://u:****@h:5672/v"
        );
        assert_eq!(mask_password("amqp://h:5672/v"), "amqp://h:5672/v");
        assert_eq!(mask_password("amqp://u@h/v@x"), "amqp://u@h/v@x");
    }
}
