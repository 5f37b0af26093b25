//! Hands the core's log events (tracing target "exsited") to a binding, which passes them to
//! the logger its users know (Python's `logging`, a PHP PSR-3 logger or `error_log`):
//! - WARN: the token file or token store in trouble, a token revoked again and again;
//! - INFO: retries, token fetches and refreshes;
//! - DEBUG: each request and answer, redacted.
//!
//! Cheap when nobody listens: the binding says which level is wanted (from a cached value),
//! and `tracing::enabled!` is false below it, so the core builds no event text at all.

use std::fmt::Write as _;
use std::sync::Arc;

use tracing::field::{Field, Visit};
use tracing::subscriber::Interest;
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

pub use tracing::Level as LogLevel;

/// Where the events go.
pub trait Sink: Send + Sync + 'static {
    /// The most detailed level someone listens to now, `None` when nobody does. Asked at
    /// every log site the core passes, so it must be cheap (a cached answer).
    fn level(&self) -> Option<Level>;
    /// One event, already redacted.
    fn emit(&self, level: Level, text: &str);
}

/// Whether a tracing target belongs to this crate's log.
fn ours(meta: &Metadata<'_>) -> bool {
    meta.target() == "exsited" || meta.target().starts_with("exsited::") || meta.target().starts_with("exsited_core")
}

struct Forward(Arc<dyn Sink>);

#[derive(Default)]
struct Text(String);

impl Visit for Text {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value}", field.name());
        }
    }
}

impl<S: Subscriber> Layer<S> for Forward {
    fn register_callsite(&self, meta: &'static Metadata<'static>) -> Interest {
        // Our sites are asked each time (the level can change); other crates' never.
        if ours(meta) {
            Interest::sometimes()
        } else {
            Interest::never()
        }
    }

    fn enabled(&self, meta: &Metadata<'_>, _ctx: Context<'_, S>) -> bool {
        ours(meta) && self.0.level().is_some_and(|wanted| *meta.level() <= wanted)
    }

    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut text = Text::default();
        event.record(&mut text);
        self.0.emit(*event.metadata().level(), &crate::redact::mask_text(&text.0));
    }
}

/// Sends the core's log events to `sink`, unless the process already has a tracing
/// subscriber (then that one gets them). Returns whether the sink was installed.
pub fn install(sink: Arc<dyn Sink>) -> bool {
    let subscriber = tracing_subscriber::registry().with(Forward(sink));
    tracing::subscriber::set_global_default(subscriber).is_ok()
}

/// A level by name, as `EXSITED_LOG` and PHP's `exsited.log_level` spell it ("off", "error",
/// "warning", "info", "debug"); `Err` names the accepted values.
pub fn parse_level(name: &str) -> Result<Option<Level>, String> {
    match name.trim().to_ascii_lowercase().as_str() {
        "" | "off" | "none" => Ok(None),
        "error" => Ok(Some(Level::ERROR)),
        "warn" | "warning" => Ok(Some(Level::WARN)),
        "info" => Ok(Some(Level::INFO)),
        "debug" => Ok(Some(Level::DEBUG)),
        other => Err(format!("unknown log level {other:?}; use off, error, warning, info or debug")),
    }
}

/// A level as one byte, for bindings that cache the wanted level in an atomic.
pub fn level_to_u8(level: Option<Level>) -> u8 {
    match level {
        None => 0,
        Some(l) if l == Level::ERROR => 1,
        Some(l) if l == Level::WARN => 2,
        Some(l) if l == Level::INFO => 3,
        Some(l) if l == Level::DEBUG => 4,
        Some(_) => 5,
    }
}

/// The inverse of [`level_to_u8`].
pub fn level_from_u8(n: u8) -> Option<Level> {
    [None, Some(Level::ERROR), Some(Level::WARN), Some(Level::INFO), Some(Level::DEBUG), Some(Level::TRACE)]
        .get(n as usize)
        .copied()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_parse() {
        for l in [None, Some(Level::ERROR), Some(Level::WARN), Some(Level::INFO), Some(Level::DEBUG)] {
            assert_eq!(level_from_u8(level_to_u8(l)), l);
        }
        assert_eq!(parse_level("INFO"), Ok(Some(Level::INFO)));
        assert_eq!(parse_level("warning"), Ok(Some(Level::WARN)));
        assert_eq!(parse_level(""), Ok(None));
        assert!(parse_level("loud").unwrap_err().contains("debug"));
    }
}
