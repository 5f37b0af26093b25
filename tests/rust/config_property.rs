//! Property test of the configuration: any `Config` value, and any number given to the
//! checked conversions the bindings use, is either accepted or refused with a Config error;
//! nothing panics, and what is accepted is inside the documented ranges.
//! PROPTEST_CASES overrides the number of cases (default 3,000 per property).

// The core's error type carries the whole answer; boxing it would buy nothing here.
#![allow(clippy::result_large_err)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::Duration;

use exsited_core::config::{self, MAX_BYTES, MAX_RETRIES, MAX_SECONDS, MIN_BYTES};
use exsited_core::{Client, Config, ErrorKind};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3_000)
}

fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        Just(Duration::ZERO),
        Just(Duration::MAX),
        Just(Duration::from_secs(MAX_SECONDS)),
        Just(Duration::from_secs(MAX_SECONDS) + Duration::from_nanos(1)),
        (0u64..200, 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        (any::<u64>(), 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), ".{0,24}", "[a-z0-9:/._-]{0,24}", Just("\0".to_string())]
}

fn base_url() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("http://127.0.0.1:9".to_string()),
        Just("https://api.example.com/gw/".to_string()),
        Just("http://api.example.com".to_string()),
        "(https?|ftp)://[a-z0-9.:\\[\\]@%/?#-]{0,30}",
        text(),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(1e19),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        Just(MAX_SECONDS as f64),
        Just(MAX_SECONDS as f64 + 1e-9),
        -10.0..100_000.0f64,
    ]
}

/// A size bound: mostly in range (so that the other options get checked too), else any.
fn size() -> impl Strategy<Value = u64> {
    prop_oneof![3 => MIN_BYTES..=MAX_BYTES, 1 => any::<u64>(), 1 => Just(MIN_BYTES - 1), 1 => Just(MAX_BYTES + 1)]
}

prop_compose! {
    fn any_config()(
        url in base_url(),
        id in text(),
        secret in text(),
        version in prop_oneof![Just("v3".to_string()), text()],
        (connect, read) in (duration(), duration()),
        retries in prop_oneof![0u32..12, any::<u32>()],
        (initial, max_backoff, retry_after) in (duration(), duration(), duration()),
        proxy in prop::option::of(prop_oneof![Just("http://127.0.0.1:3128".to_string()), text()]),
        pem in prop::option::of(prop::collection::vec(any::<u8>(), 0..64)),
        cache in prop::option::of(text()),
        insecure in any::<bool>(),
        sizes in (size(), size()),
    ) -> Config {
        let mut c = Config::new(url, id, secret);
        c.api_version = version;
        c.connect_timeout = connect;
        c.read_timeout = read;
        c.retry.max_retries = retries;
        c.retry.initial_backoff = initial;
        c.retry.max_backoff = max_backoff;
        c.retry.max_retry_after = retry_after;
        c.proxy = proxy;
        c.ca_cert_pem = pem;
        c.token_cache_file = cache.map(PathBuf::from);
        c.allow_insecure_http = insecure;
        c.max_response_bytes = sizes.0;
        c.max_upload_bytes = sizes.1;
        c
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_config_builds_a_client_or_is_a_config_error(config in any_config()) {
        let shown = format!("{config:?}");
        let built = catch_unwind(AssertUnwindSafe(|| Client::new(config.clone())));
        let Ok(built) = built else { panic!("Client::new panicked for {shown}") };
        match built {
            Ok(_) => {
                let day = Duration::from_secs(MAX_SECONDS);
                prop_assert!(!config.connect_timeout.is_zero() && config.connect_timeout <= day);
                prop_assert!(!config.read_timeout.is_zero() && config.read_timeout <= day);
                prop_assert!(config.retry.max_retries <= MAX_RETRIES);
                prop_assert!(config.retry.max_backoff <= day && config.retry.max_retry_after <= day);
                let sizes = MIN_BYTES..=MAX_BYTES;
                prop_assert!(sizes.contains(&config.max_response_bytes) && sizes.contains(&config.max_upload_bytes));
            }
            Err(e) => prop_assert_eq!(e.kind, ErrorKind::Config, "{} for {}", e.message, shown),
        }
    }

    #[test]
    fn seconds_accepts_exactly_the_range(value in number()) {
        let got = catch_unwind(|| config::seconds("timeout", value)).expect("seconds() panicked");
        let in_range = value.is_finite() && value > 0.0 && value <= MAX_SECONDS as f64;
        match got {
            Ok(d) => {
                prop_assert!(in_range, "{} accepted", value);
                prop_assert!(!d.is_zero() && d <= Duration::from_secs(MAX_SECONDS));
            }
            Err(e) => {
                prop_assert!(!in_range, "{} refused: {}", value, e.message);
                prop_assert_eq!(e.kind, ErrorKind::Config);
                prop_assert!(e.message.starts_with("timeout must be a number of seconds"), "{}", e.message);
            }
        }
    }

    #[test]
    fn retries_accepts_exactly_the_range(value in prop_oneof![any::<i64>(), -3i64..15]) {
        match config::retries("max_retries", value) {
            Ok(n) => prop_assert!((0..=i64::from(MAX_RETRIES)).contains(&value) && i64::from(n) == value),
            Err(e) => {
                prop_assert!(!(0..=i64::from(MAX_RETRIES)).contains(&value));
                prop_assert_eq!(e.kind, ErrorKind::Config);
                prop_assert!(e.message.contains("max_retries must be a whole number from 0 to 10"), "{}", e.message);
            }
        }
    }

    #[test]
    fn bytes_accepts_exactly_the_range(value in prop_oneof![any::<i64>(), 1000i64..1100, (1i64 << 32) - 5..(1i64 << 32) + 5]) {
        let in_range = (MIN_BYTES as i64..=MAX_BYTES as i64).contains(&value);
        match config::bytes("max_response_bytes", value) {
            Ok(n) => prop_assert!(in_range && n as i64 == value, "{} accepted", value),
            Err(e) => {
                prop_assert!(!in_range, "{} refused: {}", value, e.message);
                prop_assert_eq!(e.kind, ErrorKind::Config);
                prop_assert!(e.message.contains("max_response_bytes must be a whole number of bytes from 1024 to 4294967296"), "{}", e.message);
            }
        }
    }
}

/// The values of the issue: each is a Config error naming the option, none panics.
#[test]
fn the_reported_values_are_config_errors() {
    let e = config::seconds("timeout", 1e19).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Config);
    assert!(
        e.message.contains("timeout must be a number of seconds greater than 0 and at most 86400"),
        "{}",
        e.message
    );
    assert!(config::retries("max_retries", -1).is_err());
    assert!(config::retries("max_retries", 1 << 40).is_err());
    let mut c = Config::new("http://127.0.0.1:9", "id", "secret");
    c.connect_timeout = Duration::from_secs(10_000_000_000_000_000_000);
    c.read_timeout = Duration::from_secs(10_000_000_000_000_000_000);
    let e = Client::new(c).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Config);
    assert!(e.message.contains("connect_timeout"), "{}", e.message);
}
