//! TLS: an HTTPS front for the sandbox with a self-signed certificate is refused by default
//! and accepted when its CA is given in the configuration.

mod common;

use std::sync::Arc;

use common::Harness;
use exsited_core::{Client, ErrorKind, Request};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

/// A CA, a server certificate for localhost signed by it, and a TLS listener that forwards
/// the decrypted bytes to the plain sandbox. Returns (https base URL, CA PEM).
async fn tls_front(upstream: String) -> (String, String) {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "exsited test CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let server_key = KeyPair::generate().unwrap();
    let server_params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let server_cert = server_params.signed_by(&server_key, &issuer).unwrap();

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![server_cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(server_key.serialize_der().into()),
        )
        .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let upstream = upstream.trim_start_matches("http://").to_string();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let acceptor = acceptor.clone();
            let upstream = upstream.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                let Ok(mut plain) = TcpStream::connect(&upstream).await else { return };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });
    (format!("https://localhost:{port}"), ca.pem())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_signed_is_refused_by_default_and_accepted_with_its_ca() {
    let h = Harness::new().await;
    let (https, ca_pem) = tls_front(h.url.clone()).await;

    let mut cfg = h.config();
    cfg.base_url = https.clone();
    cfg.retry = exsited_core::RetryPolicy::none();
    let e = Client::new(cfg.clone()).unwrap().call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Connection, "{e}");
    assert!(e.message.to_lowercase().contains("certificate"), "{}", e.message);
    assert!(h.all_requests().await.is_empty(), "nothing was sent over the untrusted connection");

    cfg.ca_cert_pem = Some(ca_pem.into_bytes());
    let client = Client::new(cfg).unwrap();
    client.call("accounts.list", Request::new()).await.unwrap();
    assert_eq!(h.token_requests().await, 1);
}

#[test]
fn a_bad_ca_file_is_a_config_error() {
    let mut cfg = exsited_core::Config::new("https://localhost:1", "id", "secret");
    cfg.ca_cert_pem = Some(b"not a certificate".to_vec());
    assert_eq!(Client::new(cfg).unwrap_err().kind, ErrorKind::Config);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sandbox_serves_https_with_its_own_ca() {
    let h = Harness::with(exsited_sandbox::SandboxOptions { tls: true, ..Default::default() }).await;
    assert!(h.url.starts_with("https://127.0.0.1:"), "{}", h.url);
    let mut cfg = h.config();
    cfg.retry = exsited_core::RetryPolicy::none();
    let e = Client::new(cfg.clone()).unwrap().call("accounts.list", Request::new()).await.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Connection, "{e}");
    cfg.ca_cert_pem = Some(h.sandbox.ca_pem().unwrap().as_bytes().to_vec());
    Client::new(cfg).unwrap().call("accounts.list", Request::new()).await.unwrap();
}
