//! HTTPS mode: a throw-away certificate authority and a certificate for localhost,
//! 127.0.0.1 and `sandbox.exsited.test` (a name that is not loopback, for proxy tests: a
//! test proxy answers CONNECT to it by connecting to the sandbox) signed by it, so clients can be tested (and benchmarked) over real TLS by
//! trusting the CA, as they would a private CA.

use std::io;
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};
use tokio_rustls::TlsAcceptor;

pub struct SelfSigned {
    pub acceptor: TlsAcceptor,
    /// The CA certificate (PEM) a client must trust.
    pub ca_pem: String,
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

pub fn self_signed() -> io::Result<SelfSigned> {
    let ca_key = KeyPair::generate().map_err(other)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(other)?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "exsited sandbox CA");
    let ca = ca_params.self_signed(&ca_key).map_err(other)?;
    let ca_pem = ca.pem();
    let issuer = Issuer::new(ca_params, ca_key);

    let key = KeyPair::generate().map_err(other)?;
    let mut params =
        CertificateParams::new(vec!["localhost".to_string(), "sandbox.exsited.test".to_string()]).map_err(other)?;
    params.subject_alt_names.push(SanType::IpAddress(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)));
    let cert = params.signed_by(&key, &issuer).map_err(other)?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(other)?
        .with_no_client_auth()
        .with_single_cert(vec![cert.der().clone()], rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()))
        .map_err(other)?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(SelfSigned { acceptor: TlsAcceptor::from(Arc::new(config)), ca_pem })
}
