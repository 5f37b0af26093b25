"""Each error kind of the core and its exception class; errors belong to one exception."""

import socket

import pytest

import exsited
from exsited import (
    ABException,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigError,
    ConflictError,
    DecodeError,
    ExsitedSDK,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UsageError,
    ValidationError,
)

from conftest import CLIENT_ID, make_sdk


@pytest.mark.parametrize(
    "status, cls",
    [
        (400, ValidationError),
        (422, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (405, APIStatusError),
    ],
)
def test_status_maps_to_class(sdk, sb, status, cls):
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=status, times=5)
    with pytest.raises(cls) as info:
        sdk.account.list()
    e = info.value
    assert isinstance(e, ABException) and e.status_code == status
    assert isinstance(e.raw_response, dict) and e.get_errors() and e.get_errors() == e.errors
    assert e.message and str(e) == e.message


def test_rate_limit_carries_retry_after(sdk, sb):
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=429, retry_after="120", times=5)
    with pytest.raises(RateLimitError) as info:
        sdk.account.list()
    assert info.value.retry_after == 120


def test_server_error_is_retried_by_the_core(sb):
    sdk = make_sdk(sb, max_retries=2)
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=2)
    sdk.account.list()
    assert len([r for r in sb.data_requests() if r["path"] == "/api/v2/accounts"]) == 3


def test_wrong_credentials(sb):
    bad = ExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret="wrong-secret-value")
    with pytest.raises(AuthenticationError) as info:
        bad.account.list()
    assert "wrong-secret-value" not in repr(info.value.raw_response) + str(info.value)


def test_html_error_page_and_malformed_json(sdk, sb):
    sb.fault(method="GET", path="/api/v2/accounts", kind="html", status=502, times=5)
    with pytest.raises(ServerError) as info:
        sdk.account.list()
    assert isinstance(info.value.raw_response, str) and "nginx" in info.value.raw_response
    sb.hook("DELETE", "faults")
    sb.fault(method="GET", path="/api/v2/accounts", kind="malformed", times=5)
    with pytest.raises(DecodeError):
        sdk.account.list()


def test_timeout(sb):
    sdk = make_sdk(sb, timeout=0.3, max_retries=0)
    sb.fault(method="GET", path="/api/v2/accounts", kind="delay", delay_ms=2000, times=1)
    with pytest.raises(APITimeoutError) as info:
        sdk.account.list()
    assert isinstance(info.value, APIConnectionError)


def test_connection_refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    sdk = ExsitedSDK(exsited_url=f"http://127.0.0.1:{port}", client_id="id", client_secret="secret", max_retries=0)
    with pytest.raises(APIConnectionError):
        sdk.account.list()


def test_config_errors():
    with pytest.raises(ConfigError):
        ExsitedSDK(exsited_url="ftp://example.com", client_id="a", client_secret="b")
    with pytest.raises(ConfigError):
        ExsitedSDK(exsited_url="http://api.example.com", client_id="a", client_secret="b")
    with pytest.raises(ConfigError):
        ExsitedSDK(exsited_url="https://api.example.com", client_id="", client_secret="b")
    with pytest.raises(ConfigError):
        ExsitedSDK(exsited_url="https://api.example.com", client_id="a", client_secret="b", timeout=-1)


def test_usage_error_is_also_type_and_value_error(sdk):
    with pytest.raises(UsageError) as info:
        sdk.account.details(id="")
    assert isinstance(info.value, TypeError) and isinstance(info.value, ValueError)


def test_errors_do_not_pile_up(sdk, sb):
    caught = []
    for _ in range(3):
        try:
            sdk.account.details(id="MISSING1")
        except NotFoundError as e:
            caught.append(e)
    assert all(len(e.get_errors()) == 1 for e in caught)
    assert caught[0].errors is not caught[1].errors
    assert ABException("x").errors == [] and ABException("y").errors is not ABException("z").errors


def test_all_classes_exported_and_catchable():
    for name in exsited.common.ab_exception.__all__:
        cls = getattr(exsited, name)
        assert issubclass(cls, ABException)


def test_token_with_a_line_break_is_an_authentication_error_and_not_kept(sdk, sb, tmp_path):
    from conftest import make_sdk

    cache = tmp_path / "tokens.json"
    client = make_sdk(sb, max_retries=0, file_token_mgr=exsited.FileTokenManager(str(cache)))
    sb.fault(kind="status", status=200, path="/api/v1/oauth2/token",
             body={"access_token": "abc\r\nX-Injected: 1", "expires_in": 3600})
    with pytest.raises(AuthenticationError) as e:
        client.account.list(limit=1)
    assert "unusable access token" in str(e.value) and "Injected" not in str(e.value)
    client.account.list(limit=1)  # the next call fetches a good token: nothing was kept
    assert "Injected" not in cache.read_text()


def test_token_cache_path_that_is_a_link_is_refused(sb, tmp_path):
    from conftest import make_sdk

    victim = tmp_path / "victim.txt"
    victim.write_text("victim\n")
    (tmp_path / "tokens.json").symlink_to(victim)
    client = make_sdk(sb, file_token_mgr=exsited.FileTokenManager(str(tmp_path / "tokens.json")))
    with pytest.raises(ConfigError, match="symbolic link"):
        client.account.list(limit=1)
    assert victim.read_text() == "victim\n"
