//! Which proxy a request goes through, as requests, httpx and Guzzle decide it: an explicit
//! `proxy` option wins; otherwise (unless `trust_env` is off) HTTPS_PROXY, HTTP_PROXY and
//! ALL_PROXY from the environment, minus the hosts in NO_PROXY and the `no_proxy` option.
//! Loopback targets never go through an environment proxy, so a local test server or the
//! sandbox keeps working on a machine that has a proxy set.

use reqwest::{ClientBuilder, NoProxy, Proxy};

use crate::error::{Error, Result};

/// Hosts an environment proxy never sees.
const LOOPBACK: &str = "localhost,127.0.0.0/8,::1";

/// What the configuration says about proxies.
#[derive(Clone, Default)]
pub struct ProxySettings {
    /// The `proxy` option: used for every scheme.
    pub explicit: Option<String>,
    /// Read HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY.
    pub trust_env: bool,
    /// Extra hosts that go direct (NO_PROXY syntax: names, `.domain`, IPs, CIDRs, `*`).
    pub no_proxy: Option<String>,
}

/// The first non-empty value among `names` (upper and lower case, as curl reads them).
fn env(names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()))
}

fn invalid(source: &str, e: reqwest::Error) -> Error {
    // reqwest's message names the parse problem, not the URL (which may hold a password).
    Error::config(format!("{source} is not a valid proxy URL: {e}"))
}

/// Applies the settings to a client builder (replacing reqwest's own environment lookup).
pub fn apply(mut b: ClientBuilder, s: &ProxySettings) -> Result<ClientBuilder> {
    b = b.no_proxy();
    let option_list = s.no_proxy.clone().unwrap_or_default();
    if let Some(p) = &s.explicit {
        let proxy = Proxy::all(p).map_err(|e| invalid("proxy", e))?;
        return Ok(b.proxy(proxy.no_proxy(NoProxy::from_string(&option_list))));
    }
    if !s.trust_env {
        return Ok(b);
    }
    let env_list = env(&["NO_PROXY", "no_proxy"]).unwrap_or_default();
    let bypass = [LOOPBACK, env_list.as_str(), option_list.as_str()].join(",");
    let https = env(&["HTTPS_PROXY", "https_proxy"]);
    // Under CGI a request's `Proxy:` header arrives as HTTP_PROXY ("httpoxy"): not trusted.
    let cgi = std::env::var_os("REQUEST_METHOD").is_some();
    let http = if cgi { env(&["http_proxy"]) } else { env(&["HTTP_PROXY", "http_proxy"]) };
    let all = env(&["ALL_PROXY", "all_proxy"]);
    if let Some(p) = https {
        b = b.proxy(Proxy::https(&p).map_err(|e| invalid("HTTPS_PROXY", e))?.no_proxy(NoProxy::from_string(&bypass)));
    }
    if let Some(p) = http {
        b = b.proxy(Proxy::http(&p).map_err(|e| invalid("HTTP_PROXY", e))?.no_proxy(NoProxy::from_string(&bypass)));
    }
    if let Some(p) = all {
        b = b.proxy(Proxy::all(&p).map_err(|e| invalid("ALL_PROXY", e))?.no_proxy(NoProxy::from_string(&bypass)));
    }
    Ok(b)
}
