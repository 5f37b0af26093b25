//! Hands the core's warnings (tracing target "exsited", WARN and above: the token store
//! falling back, a token revoked again and again) to a binding, which shows them where its
//! users look (Python's `logging`, PHP's error output). Only warnings pass: the per-layer
//! filter keeps `tracing::enabled!(DEBUG)` false, so calls build no debug events for it.

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// Receives one warning, already redacted.
pub type Sink = Box<dyn Fn(&str) + Send + Sync>;

struct Forward(Sink);

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
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut text = Text::default();
        event.record(&mut text);
        (self.0)(&crate::redact::mask_text(&text.0));
    }
}

/// Sends every warning of the core to `sink`, unless the process already has a tracing
/// subscriber (then that one gets them). Returns whether the sink was installed.
pub fn forward(sink: Sink) -> bool {
    let only_warnings = Targets::new().with_target("exsited", Level::WARN);
    let subscriber = tracing_subscriber::registry().with(Forward(sink).with_filter(only_warnings));
    tracing::subscriber::set_global_default(subscriber).is_ok()
}
