//! One error type for the whole tool and the single map from error to exit code.

use std::process::ExitCode;

/// Exit codes, documented in the README. Scripts depend on them: never renumber.
pub mod exit {
    pub const SUCCESS: u8 = 0;
    /// A check failed (invalid payload, lag above a threshold).
    pub const CHECK_FAILED: u8 = 1;
    /// Usage, configuration or input error: nothing (more) was sent.
    pub const USAGE: u8 = 2;
    /// Broker unreachable, authentication or authorisation refused, or timeout.
    pub const UNAVAILABLE: u8 = 3;
    /// Partial failure: some messages were not delivered.
    pub const PARTIAL: u8 = 4;
    /// Interrupted by Ctrl-C (SIGINT).
    pub const INTERRUPTED: u8 = 130;
    /// Stopped by SIGTERM (a process manager), as cleanly as by Ctrl-C.
    pub const TERMINATED: u8 = 143;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A check the user asked for failed (lag over a threshold, an invalid payload).
    #[error("{0}")]
    CheckFailed(String),

    /// A flag or argument that cannot be used as given.
    #[error("{0}")]
    Usage(String),

    /// The configuration file or a context is wrong.
    #[error("config: {0}")]
    Config(String),

    /// Input that cannot be read as what it claims to be; `location` is `file:line`.
    #[error("{location}: {message}")]
    Input { location: String, message: String },

    /// A file could not be read or written.
    #[error("{path}: {source}")]
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },

    /// A topic, partition or other named thing does not exist on the broker.
    #[error("{0}")]
    NotFound(String),

    /// The broker could not be reached, refused the credentials, or did not answer in time.
    #[error("{0}")]
    Unavailable(String),

    /// The broker refused the credentials, the certificate, or access to a resource (ACLs).
    #[error("{0}")]
    Denied(String),

    /// The broker answered with an error that is not about reachability.
    #[error("{0}")]
    Broker(String),

    /// Some messages were not delivered; the summary says how many and why.
    #[error("{0}")]
    Partial(String),

    /// The user pressed Ctrl-C, or a process manager sent SIGTERM (the `Interrupt` that
    /// stopped the run says which, for the exit code).
    #[error("interrupted")]
    Interrupted,

    /// Writing our own output failed (other than a closed pipe, which is success).
    #[error("writing output: {0}")]
    Output(#[source] std::io::Error),
}

impl Error {
    /// The one place that decides which exit code an error gives.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::Config(_) | Error::Input { .. } | Error::File { .. } => {
                exit::USAGE
            }
            Error::NotFound(_) => exit::USAGE,
            Error::Unavailable(_) | Error::Denied(_) => exit::UNAVAILABLE,
            Error::Broker(_) => exit::UNAVAILABLE,
            Error::Partial(_) => exit::PARTIAL,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Output(_) | Error::CheckFailed(_) => exit::CHECK_FAILED,
        }
    }

    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    pub fn config(msg: impl Into<String>) -> Self {
        Error::Config(msg.into())
    }

    /// True for an output error caused by the reader going away (`evctl tail | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl From<Error> for ExitCode {
    fn from(e: Error) -> Self {
        ExitCode::from(e.exit_code())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_match_the_readme_table() {
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::config("x").exit_code(), 2);
        assert_eq!(Error::NotFound("t".into()).exit_code(), 2);
        assert_eq!(Error::CheckFailed("lag".into()).exit_code(), 1);
        let io = || std::io::Error::from(std::io::ErrorKind::Other);
        assert_eq!(Error::Output(io()).exit_code(), 1);
        let file = Error::File {
            path: "x".into(),
            source: io(),
        };
        assert_eq!(file.exit_code(), 2);
        assert_eq!(Error::Broker("b".into()).exit_code(), 3);
        assert_eq!(Error::Unavailable("b".into()).exit_code(), 3);
        assert_eq!(Error::Denied("acl".into()).exit_code(), 3);
        assert_eq!(Error::Partial("p".into()).exit_code(), 4);
        assert_eq!(Error::Interrupted.exit_code(), 130);
        assert_eq!(exit::TERMINATED, 143);
        let input = Error::Input {
            location: "stdin:3".into(),
            message: "bad".into(),
        };
        assert_eq!(input.exit_code(), 2);
        assert_eq!(input.to_string(), "stdin:3: bad");
    }

    #[test]
    fn broken_pipe_is_recognised() {
        let e = Error::Output(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(e.is_broken_pipe());
        let e = Error::Output(std::io::Error::from(std::io::ErrorKind::Other));
        assert!(!e.is_broken_pipe());
    }
}
