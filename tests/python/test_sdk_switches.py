"""The documented SDK's answer and version switches of SDKConfig: ENABLE_JSON_CONVERSION
(answers as the JSON data the server sent), API_GLOBAL_VERSION (every call's API version) and
API_VERSION (the next call's, then cleared)."""

import asyncio
from typing import Iterator

import pytest

from exsited import AccountDetailsDTO, ConfigError, SDKConfig


@pytest.fixture(autouse=True)
def switches_restored() -> Iterator[None]:
    yield
    SDKConfig.ENABLE_JSON_CONVERSION = False
    SDKConfig.API_GLOBAL_VERSION = None
    SDKConfig.API_VERSION = None


def test_json_conversion_gives_the_json_data(sdk, sb, account_id) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(sdk.account.details(id=account_id), AccountDetailsDTO)
    SDKConfig.ENABLE_JSON_CONVERSION = True
    answer = sdk.account.details(id=account_id)
    assert type(answer) is dict and answer["account"]["id"] == account_id
    assert "email_address" in answer["account"], "the API's own keys"
    page = sdk.account.list(limit=5)
    assert type(page) is dict and all(type(a) is dict for a in page["accounts"])
    records = list(sdk.account.iter_all(limit=2))
    assert records and all(type(r) is dict for r in records)
    SDKConfig.ENABLE_JSON_CONVERSION = False
    assert isinstance(sdk.account.details(id=account_id), AccountDetailsDTO)


def test_json_conversion_in_the_async_sdk(async_sdk, account_id) -> None:  # type: ignore[no-untyped-def]
    SDKConfig.ENABLE_JSON_CONVERSION = True

    async def go():  # type: ignore[no-untyped-def]
        answer = await async_sdk.account.details(id=account_id)
        records = [r async for r in async_sdk.account.iter_all(limit=2)]
        return answer, records

    answer, records = asyncio.run(go())
    assert type(answer) is dict and answer["account"]["id"] == account_id
    assert records and all(type(r) is dict for r in records)


def test_the_global_version_serves_every_call(sdk, sb, account_id) -> None:  # type: ignore[no-untyped-def]
    SDKConfig.API_GLOBAL_VERSION = "V3"
    sdk.account.list()  # a v2 method
    sdk.account.details(id=account_id)  # a v3 one
    list(sdk.account.iter_all(limit=50))
    assert {r["path"] for r in sb.data_requests()} == {"/api/v3/accounts", f"/api/v3/accounts/{account_id}"}
    sb.clear()
    SDKConfig.API_GLOBAL_VERSION = "2"
    sdk.account.details(id=account_id)
    assert sb.last()["path"] == f"/api/v2/accounts/{account_id}"


def test_api_version_serves_the_next_call_only(sdk, sb, account_id) -> None:  # type: ignore[no-untyped-def]
    SDKConfig.API_GLOBAL_VERSION = "v3"
    SDKConfig.API_VERSION = "v2"
    sdk.account.details(id=account_id)
    assert SDKConfig.API_VERSION is None
    sdk.account.details(id=account_id)
    assert [r["path"] for r in sb.data_requests()] == [f"/api/v2/accounts/{account_id}", f"/api/v3/accounts/{account_id}"]


@pytest.mark.parametrize("switch", ["API_VERSION", "API_GLOBAL_VERSION"])
def test_an_unknown_version_is_a_config_error_before_any_request(sdk, sb, switch) -> None:  # type: ignore[no-untyped-def]
    sdk.account.list()
    sb.clear()
    setattr(SDKConfig, switch, "v9")
    with pytest.raises(ConfigError, match=f"SDKConfig.{switch} must be one of v1, v2, v3"):
        sdk.account.list()
    assert sb.data_requests() == []
