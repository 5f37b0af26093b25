"""The token_store option against a real redis-server (started here on a free port)."""

import logging
import os
import socket
import subprocess
import time
from typing import Iterator

import pytest

from conftest import CLIENT_ID, CLIENT_SECRET, Sandbox, make_sdk
from exsited import ExsitedSDK
from exsited.common.ab_exception import ConfigError
from exsited.exsited.auth.dto.token_dto import RequestTokenDTO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    work = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(250):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.02)
        else:
            pytest.fail("redis-server did not start")
        yield port
    finally:
        proc.kill()
        proc.wait()


def test_init_sdk_and_constructor_share_one_token(sb: Sandbox, redis_port: int) -> None:
    store = f"redis://127.0.0.1:{redis_port}/1"
    dto = RequestTokenDTO(grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET,
                          redirectUri="https://app.example/callback", exsitedUrl=sb.url)
    first = ExsitedSDK().init_sdk(request_token_dto=dto, token_store=store)
    second = make_sdk(sb, token_store=store)
    first.account.list(limit=1)
    second.account.list(limit=1)
    assert sb.counters()["token_requests"] == 1


def test_forked_child_uses_the_store_through_a_connection_of_its_own(sb: Sandbox, redis_port: int) -> None:
    sdk = make_sdk(sb, token_store=f"redis://127.0.0.1:{redis_port}/2", timeout=7)
    sdk.account.list(limit=1)  # the parent's token and Redis connection exist before the fork
    sb.hook("POST", "expire_tokens", {})
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                sdk.account.list(limit=1)
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    sdk.account.list(limit=1)
    # One token before the expiry, one after, shared by the parent and its three children.
    assert sb.counters()["token_requests"] == 2


def test_bad_store_url_is_a_config_error_without_the_password(sb: Sandbox) -> None:
    with pytest.raises(ConfigError) as info:
        make_sdk(sb, token_store="http://app:store-pw-5Zr@127.0.0.1:1/0")
    assert "token_store" in str(info.value)
    assert "store-pw-5Zr" not in str(info.value) and "store-pw-5Zr" not in repr(info.value)


def test_unreachable_store_never_fails_a_call_and_warns_once(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sdk = make_sdk(sb, token_store=f"redis://app:store-pw-3Qd@127.0.0.1:{free_port()}/0")
    with caplog.at_level(logging.WARNING, logger="exsited"):
        t0 = time.monotonic()
        sdk.account.list(limit=1)
        assert time.monotonic() - t0 < 2.0
        sb.hook("POST", "expire_tokens", {})
        sdk.account.list(limit=1)
    assert sb.counters()["token_requests"] == 2
    warnings = [r for r in caplog.records if r.name == "exsited" and "token store" in r.getMessage()]
    assert len(warnings) == 1, caplog.text
    assert "redis://***@127.0.0.1" in caplog.text and "store-pw-3Qd" not in caplog.text
