"""Fixtures: one sandbox server for the session, reset before each test."""

import gc
import json
import os
import re
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest

from exsited import AsyncExsitedSDK, ExsitedSDK

REPO = Path(__file__).resolve().parents[2]
CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"


class Sandbox:
    """The running sandbox and its test hooks (/__sandbox__/...)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def hook(self, method: str, name: str, payload: Optional[Dict[str, Any]] = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode()
        req = urllib.request.Request(f"{self.url}/__sandbox__/{name}", data=data, method=method)
        req.add_header("content-type", "application/json")
        with urllib.request.urlopen(req, timeout=30) as resp:
            text = resp.read().decode()
        return json.loads(text) if text.strip() else None

    def reset(self) -> None:
        self.hook("POST", "reset", {})
        self.hook("DELETE", "faults")
        self.hook("DELETE", "requests")

    def requests(self) -> List[Dict[str, Any]]:
        return self.hook("GET", "requests")["requests"]  # type: ignore[no-any-return]

    def data_requests(self) -> List[Dict[str, Any]]:
        """Requests other than the token endpoint."""
        return [r for r in self.requests() if not r["path"].startswith("/api/v1/oauth2")]

    def last(self) -> Dict[str, Any]:
        return self.data_requests()[-1]

    def clear(self) -> None:
        self.hook("DELETE", "requests")

    def counters(self) -> Dict[str, Any]:
        return self.hook("GET", "counters")  # type: ignore[no-any-return]

    def fault(self, **rule: Any) -> None:
        self.hook("POST", "faults", {"faults": [rule]})

    def seed(self, count: int) -> Any:
        return self.hook("POST", "seed", {"count": count})


def _binary() -> Path:
    env = os.environ.get("SANDBOX_BIN")
    if env:
        return Path(env)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    path = target / "debug" / "exsited-sandbox"
    if not path.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "exsited-sandbox"], cwd=REPO, check=True)
    return path


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    proc = subprocess.Popen(
        [str(_binary()), "--port", "0", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = None
    deadline = time.time() + 30
    assert proc.stdout is not None
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        m = re.search(r"listening on (http://[0-9.:]+)", line)
        if m:
            url = m.group(1)
            break
    if url is None:
        proc.kill()
        pytest.fail("the sandbox did not start")
    # Keep reading its output so that a full pipe never blocks it.
    import threading

    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        yield Sandbox(url)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    # The SDKs of earlier tests go first: the clients of one process share the token of their
    # credentials while any of them lives, and the reset below ends every token.
    gc.collect()
    sandbox.reset()
    return sandbox


@pytest.fixture
def compressing(sb: Sandbox) -> Iterator[None]:
    """The sandbox gzips its answers for the test (to a client that asks for gzip)."""
    sb.hook("POST", "config", {"compress": True})
    try:
        yield
    finally:
        sb.hook("POST", "config", {"compress": False})


def make_sdk(sb: Sandbox, **options: Any) -> ExsitedSDK:
    return ExsitedSDK(
        exsited_url=sb.url,
        grant_type="client_credentials",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uri="https://app.example/callback",
        **options,
    )


@pytest.fixture
def sdk(sb: Sandbox) -> ExsitedSDK:
    return make_sdk(sb, max_retries=0)


@pytest.fixture
def async_sdk(sb: Sandbox) -> AsyncExsitedSDK:
    return AsyncExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, max_retries=0)


@pytest.fixture
def account_id(sdk: ExsitedSDK, sb: Sandbox) -> str:
    from exsited import AccountCreateDTO, AccountDataDTO

    created = sdk.account.create_v3(request_data=AccountCreateDTO(account=AccountDataDTO(name="Fixture", emailAddress="fixture@example.com")))
    sb.clear()
    return created.account.id  # type: ignore[no-any-return,union-attr]


@pytest.fixture
def files(tmp_path: Path) -> List[str]:
    paths = []
    for i in range(9):
        p = tmp_path / f"file{i}.txt"
        p.write_text(f"content {i}")
        paths.append(str(p))
    img = tmp_path / "logo.png"
    img.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    paths.append(str(img))
    return paths
