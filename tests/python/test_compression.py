"""Compressed answers, as a real Exsited server behind a CDN sends them: the SDK asks for gzip
(as requests does), loads a gzip answer as usual, and refuses a decompression bomb or a
corrupt body with a DecodeError, without asking again."""

import gzip
import urllib.request

import pytest

from conftest import make_sdk
from exsited import DecodeError

# Over the default answer limit (64 MiB; max_response_bytes= sets another).
OVER_THE_LIMIT = 80 * 1024 * 1024


def test_gzip_answers_load_as_usual(sdk, sb, compressing) -> None:  # type: ignore[no-untyped-def]
    ids = sb.seed(3)["ids"]
    page = sdk.account.list()
    assert sorted(a.id for a in page.accounts) == sorted(ids)
    assert sdk.account.details(id=ids[0]).account.id == ids[0]
    sent = sb.last()
    assert "gzip" in sent["headers"].get("accept-encoding", ""), sent["headers"]

    # The sandbox did compress that answer: a client asking for gzip gets gzip bytes.
    ask = urllib.request.Request(
        f"{sb.url}/api/v1/oauth2/token",
        data=b'{"grant_type":"client_credentials","client_id":"sandbox-client","client_secret":"sandbox-secret"}',
        headers={"Accept-Encoding": "gzip", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(ask) as answer:
        assert answer.headers["Content-Encoding"] == "gzip"
        assert b"access_token" in gzip.decompress(answer.read())
    assert sdk.account.details(id=ids[1]).account.id == ids[1]


def test_a_call_can_ask_for_plain_answers(sdk, sb, compressing) -> None:  # type: ignore[no-untyped-def]
    ids = sb.seed(1)["ids"]
    plain = sdk.account.with_options(extra_headers={"Accept-Encoding": "identity"})
    assert plain.details(id=ids[0]).account.id == ids[0]
    assert sb.last()["headers"]["accept-encoding"] == "identity"


def test_a_gzip_bomb_is_refused_at_the_answer_limit(sb) -> None:  # type: ignore[no-untyped-def]
    sdk = make_sdk(sb, max_retries=2)  # would fetch a good answer if it asked again
    sdk.account.list()  # the token first
    sb.clear()
    sb.fault(method="GET", path="/api/v2/accounts", kind="gzip_bomb", size_bytes=OVER_THE_LIMIT)
    with pytest.raises(DecodeError) as info:
        sdk.account.list()
    assert "max_response_bytes" in str(info.value)
    # As any 200 that cannot be read: its status and request id are kept for a support ticket.
    assert info.value.status_code == 200 and (info.value.request_id or "").startswith("req-")
    assert len(sb.data_requests()) == 1
    sdk.account.list()  # the client is fine afterwards


def test_a_corrupt_gzip_body_is_a_decode_error(sb) -> None:  # type: ignore[no-untyped-def]
    sdk = make_sdk(sb, max_retries=2)
    sdk.account.list()
    sb.clear()
    sb.fault(method="GET", path="/api/v2/accounts", kind="bad_gzip")
    with pytest.raises(DecodeError) as info:
        sdk.account.list()
    assert "corrupt" in str(info.value) and info.value.status_code == 200
    assert len(sb.data_requests()) == 1


def test_an_encoding_not_asked_for_is_named(sdk, sb) -> None:  # type: ignore[no-untyped-def]
    sdk.account.list()
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=200, body={"accounts": []},
             headers={"content-encoding": "br"})
    with pytest.raises(DecodeError) as info:
        sdk.account.list()
    assert "encoded as 'br'" in str(info.value)
