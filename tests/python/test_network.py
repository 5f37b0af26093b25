"""Proxies and CA trust as requests/httpx users expect them: HTTPS_PROXY honoured (unless
trust_env=False or the host is in no_proxy), loopback never proxied, and a private CA
trusted through SSL_CERT_FILE. Runs against a sandbox serving HTTPS with its own CA."""

import re
import socket
import subprocess
import threading
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest

from conftest import CLIENT_ID, CLIENT_SECRET, _binary
from exsited import ExsitedSDK

# In the sandbox's certificate, and not a loopback name: requests to it go through a proxy.
PROXIED_HOST = "sandbox.exsited.test"


class ConnectProxy:
    """A tiny CONNECT proxy that records each CONNECT line and tunnels every one of them to
    the sandbox, whatever host it names (the name does not resolve)."""

    def __init__(self, upstream: Tuple[str, int]) -> None:
        self.upstream = upstream
        self.seen: List[str] = []
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                client.close()
                return
            head += chunk
        self.seen.append(head.split(b"\r\n", 1)[0].decode())
        upstream = socket.create_connection(self.upstream)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pipe(a: socket.socket, b: socket.socket) -> None:
            try:
                while data := a.recv(65536):
                    b.sendall(data)
            except OSError:
                pass
            finally:
                for s in (a, b):
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
        pipe(client, upstream)

    def close(self) -> None:
        self.server.close()


@pytest.fixture(scope="module")
def tls_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[int, Path]]:
    """(port, CA file) of a sandbox serving HTTPS."""
    ca = tmp_path_factory.mktemp("tls") / "ca.pem"
    proc = subprocess.Popen(
        [str(_binary()), "--port", "0", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET,
         "--tls", "--tls-ca-out", str(ca)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    m = re.search(r"listening on https://[^:]+:(\d+)", line)
    if not m:
        proc.kill()
        pytest.fail(f"the TLS sandbox did not start: {line!r}")
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        yield int(m.group(1)), ca
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def proxy(tls_sandbox: Tuple[int, Path]) -> Iterator[ConnectProxy]:
    p = ConnectProxy(("127.0.0.1", tls_sandbox[0]))
    yield p
    p.close()


def sdk(url: str, **options: object) -> ExsitedSDK:
    return ExsitedSDK(exsited_url=url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, max_retries=0, **options)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy",
                 "NO_PROXY", "no_proxy", "EXSITED_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_https_proxy_from_the_environment_is_used(tls_sandbox, proxy, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    clean_env.setenv("HTTPS_PROXY", proxy.url)
    clean_env.setenv("SSL_CERT_FILE", str(ca))
    result = sdk(f"https://{PROXIED_HOST}:{port}").account.list()
    assert result.accounts is not None
    assert f"CONNECT {PROXIED_HOST}:{port} HTTP/1.1" in proxy.seen, proxy.seen


def test_trust_env_false_and_no_proxy_skip_the_proxy(tls_sandbox, proxy, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    clean_env.setenv("HTTPS_PROXY", proxy.url)
    clean_env.setenv("SSL_CERT_FILE", str(ca))
    # Without the proxy the made-up name does not resolve: the call fails, unproxied.
    with pytest.raises(Exception) as opted_out:
        sdk(f"https://{PROXIED_HOST}:{port}", trust_env=False).account.list()
    assert "connect" in str(opted_out.value).lower()
    with pytest.raises(Exception):
        sdk(f"https://{PROXIED_HOST}:{port}", no_proxy=["exsited.test"]).account.list()
    clean_env.setenv("NO_PROXY", PROXIED_HOST)
    with pytest.raises(Exception):
        sdk(f"https://{PROXIED_HOST}:{port}").account.list()
    assert proxy.seen == []


def test_loopback_never_goes_through_an_environment_proxy(tls_sandbox, proxy, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    clean_env.setenv("HTTPS_PROXY", proxy.url)
    clean_env.setenv("SSL_CERT_FILE", str(ca))
    assert sdk(f"https://localhost:{port}").account.list().accounts is not None
    assert sdk(f"https://127.0.0.1:{port}").account.list().accounts is not None
    assert proxy.seen == []


def test_an_explicit_proxy_wins(tls_sandbox, proxy, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    clean_env.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    clean_env.setenv("SSL_CERT_FILE", str(ca))
    assert sdk(f"https://{PROXIED_HOST}:{port}", proxy=proxy.url).account.list().accounts is not None
    assert len(proxy.seen) >= 1


def test_ssl_cert_file_adds_a_private_ca_and_its_absence_is_refused(tls_sandbox, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    with pytest.raises(Exception) as refused:
        sdk(f"https://localhost:{port}").account.list()
    assert "certificate" in str(refused.value).lower() or "connect" in str(refused.value).lower()
    clean_env.setenv("SSL_CERT_FILE", str(ca))
    assert sdk(f"https://localhost:{port}").account.list().accounts is not None


def test_ca_cert_pem_and_exsited_ca_bundle_still_work(tls_sandbox, clean_env) -> None:  # type: ignore[no-untyped-def]
    port, ca = tls_sandbox
    assert sdk(f"https://localhost:{port}", ca_cert_pem=ca.read_bytes()).account.list().accounts is not None
    clean_env.setenv("EXSITED_CA_BUNDLE", str(ca))
    assert sdk(f"https://localhost:{port}").account.list().accounts is not None


def test_proxy_options_of_the_wrong_type_are_config_errors(clean_env) -> None:  # type: ignore[no-untyped-def]
    from exsited import ConfigError

    with pytest.raises(ConfigError, match="trust_env"):
        sdk("https://localhost:1", trust_env="no")
    with pytest.raises(ConfigError, match="no_proxy"):
        sdk("https://localhost:1", no_proxy=5)
    with pytest.raises(ConfigError, match="no_proxy"):
        sdk("https://localhost:1", no_proxy=["ok.example", 5])
