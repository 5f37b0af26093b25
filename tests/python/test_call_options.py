"""Per-call options (``with_options``) and raw answers (``with_raw_response``), and the
request id and headers on errors, against the sandbox."""

import asyncio
import time

import pytest

from conftest import Sandbox, make_sdk
from exsited import (
    AccountCreateDTO,
    AccountDataDTO,
    AccountDetailsDTO,
    APITimeoutError,
    AsyncExsitedSDK,
    ConfigError,
    ExsitedSDK,
    NotFoundError,
    RawResponse,
    ServerError,
    UsageError,
)


def test_a_shorter_timeout_applies_to_that_call_only(sb: Sandbox) -> None:
    sdk = make_sdk(sb, timeout=5, max_retries=0)
    sdk.account.list()  # token fetched
    sb.fault(method="GET", path="/api/v2/accounts", kind="delay", delay_ms=3000, times=1)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        sdk.account.with_options(timeout=0.3).list()
    assert time.monotonic() - started < 1.5
    sdk.account.list()  # the SDK's own timeout again


def test_max_retries_zero_stops_retries(sb: Sandbox) -> None:
    sdk = make_sdk(sb, max_retries=2)
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=10)
    with pytest.raises(ServerError):
        sdk.account.with_options(max_retries=0).list()
    assert len(sb.data_requests()) == 1
    sb.clear()
    with pytest.raises(ServerError):
        sdk.account.list()
    assert len(sb.data_requests()) == 3


def test_options_are_merged_and_the_resource_is_a_copy(sdk: ExsitedSDK, sb: Sandbox) -> None:
    tuned = sdk.account.with_options(extra_headers={"X-Trace": "t-1"}).with_options(idempotency_key="acct-42")
    assert type(tuned) is type(sdk.account) and tuned is not sdk.account
    tuned.create(request_data=AccountCreateDTO(account=AccountDataDTO(name="Key", emailAddress="key@example.com")))
    sent = sb.last()["headers"]
    assert sent["x-trace"] == "t-1"
    assert sent["x-idempotency-key"] == "acct-42"
    sdk.account.create(request_data=AccountCreateDTO(account=AccountDataDTO(name="K2", emailAddress="k2@example.com")))
    assert "x-trace" not in sb.last()["headers"]
    assert sb.last()["headers"]["x-idempotency-key"] != "acct-42"


@pytest.mark.parametrize(
    "options, words",
    [
        ({"timeout": 0}, "timeout must be"),
        ({"timeout": "3"}, "timeout must be"),
        ({"max_retries": 11}, "max_retries must be"),
        ({"max_retries": 1.5}, "max_retries must be"),
        ({"extra_headers": {"Authorization": "Bearer x"}}, "set by the client"),
        ({"extra_headers": ["X-A"]}, "extra_headers must be a dict"),
        ({"idempotency_key": ""}, "idempotency_key must be"),
    ],
)
def test_bad_options_raise_config_error_at_once(sdk: ExsitedSDK, sb: Sandbox, options: dict, words: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError, match=words):
        sdk.account.with_options(**options)
    assert sb.data_requests() == []


def test_unknown_option_is_a_usage_error(sdk: ExsitedSDK) -> None:
    with pytest.raises(UsageError, match="with_options"):
        sdk.account.with_options(retries=1)  # type: ignore[call-arg]


def test_raw_response_has_status_headers_request_id_and_parses(sdk: ExsitedSDK, account_id: str) -> None:
    raw = sdk.account.with_raw_response.details(account_id)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id is not None and raw.request_id.startswith("req-")
    assert raw.headers["x-request-id"] == raw.request_id
    assert "json" in raw.headers["content-type"]
    parsed = raw.parse()
    assert isinstance(parsed, AccountDetailsDTO)
    assert parsed.account is not None and parsed.account.id == account_id
    # Options and raw answers combine, in either order.
    again = sdk.account.with_options(max_retries=0).with_raw_response.details(account_id)
    assert again.status_code == 200 and again.request_id != raw.request_id


def test_raw_response_has_no_iter_all(sdk: ExsitedSDK) -> None:
    with pytest.raises(AttributeError):
        sdk.account.with_raw_response.iter_all  # noqa: B018


def test_api_errors_carry_the_request_id_and_headers(sdk: ExsitedSDK) -> None:
    with pytest.raises(NotFoundError) as caught:
        sdk.account.details("NO-SUCH-ACCOUNT")
    error = caught.value
    assert error.status_code == 404
    assert error.request_id is not None and error.request_id.startswith("req-")
    assert error.headers["x-request-id"] == error.request_id


def test_errors_before_any_answer_have_no_request_id(sdk: ExsitedSDK) -> None:
    with pytest.raises(UsageError) as caught:
        sdk.account.details("")
    assert caught.value.request_id is None and caught.value.headers == {}


def test_async_with_options_and_raw_response(async_sdk: AsyncExsitedSDK, sb: Sandbox, account_id: str) -> None:
    async def main() -> None:
        raw = await async_sdk.account.with_raw_response.details(account_id)
        assert raw.status_code == 200 and raw.request_id is not None
        assert isinstance(raw.parse(), AccountDetailsDTO)
        sb.fault(method="GET", path="/api/v2/accounts", kind="delay", delay_ms=3000, times=1)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await async_sdk.account.with_options(timeout=0.3).list()
        assert time.monotonic() - started < 1.5
        with pytest.raises(NotFoundError) as caught:
            await async_sdk.account.details("NO-SUCH-ACCOUNT")
        assert caught.value.request_id is not None

    asyncio.run(main())


def test_iter_all_uses_the_options(sdk: ExsitedSDK, sb: Sandbox) -> None:
    sb.seed(3)
    sb.clear()
    records = list(sdk.account.with_options(extra_headers={"X-Trace": "pages"}).iter_all(limit=2))
    assert len(records) >= 3
    assert all(r["headers"].get("x-trace") == "pages" for r in sb.data_requests())


def test_sdk_with_options_applies_to_every_resource(sb: Sandbox) -> None:
    sdk = make_sdk(sb, max_retries=2)
    quick = sdk.with_options(max_retries=0, extra_headers={"X-Trace": "sdk"})
    assert isinstance(quick, ExsitedSDK) and quick is not sdk
    sb.fault(method="GET", path="/api/v2/accounts", kind="status", status=503, times=10)
    with pytest.raises(ServerError):
        quick.account.list()
    assert len(sb.data_requests()) == 1
    assert sb.data_requests()[0]["headers"]["x-trace"] == "sdk"
    # A resource's own options go on top; the original SDK is untouched.
    sb.clear()
    with pytest.raises(ServerError):
        quick.account.with_options(max_retries=1).list()
    assert len(sb.data_requests()) == 2
    sb.clear()
    with pytest.raises(ServerError):
        sdk.account.list()
    assert len(sb.data_requests()) == 3 and "x-trace" not in sb.data_requests()[0]["headers"]
    with pytest.raises(ConfigError):
        sdk.with_options(timeout=-1)
