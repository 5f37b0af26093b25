"""Checked by `mypy --strict` in scripts/test-python.sh (not a pytest module):
``with_raw_response`` is typed like the resource it mirrors. Each method takes the resource
method's parameters and answers ``RawResponse[T]`` (an awaitable of one on the async SDK).
The `type: ignore[...]` lines are checks too: --strict reports an unused ignore, so each one
fails the run unless mypy finds the error it names (an `Any`-typed answer would pass them)."""

from typing import Any, Awaitable, Dict, Union

from exsited import AccountDetailsDTO, AccountListDTO, AsyncExsitedSDK, ExsitedSDK, RawResponse


def details(sdk: ExsitedSDK) -> AccountDetailsDTO:
    r: RawResponse[AccountDetailsDTO] = sdk.account.with_raw_response.details("A")
    status: int = r.status_code
    headers: Dict[str, str] = r.headers
    assert status and headers and r.request_id
    return r.parse()


def keywords_and_options(sdk: ExsitedSDK) -> RawResponse[AccountListDTO]:
    return sdk.account.with_options(max_retries=0).with_raw_response.list(limit=5, order_by="name")


def other_answers(sdk: ExsitedSDK) -> None:
    pdf: RawResponse[Union[bytes, str]] = sdk.invoice.with_raw_response.get_invoice_pdf(id="INV-1")
    gone: RawResponse[Dict[str, Any]] = sdk.account.with_raw_response.delete(id="A")
    assert pdf and gone


async def details_async(sdk: AsyncExsitedSDK) -> AccountDetailsDTO:
    pending: Awaitable[RawResponse[AccountDetailsDTO]] = sdk.account.with_raw_response.details("A")
    r = await pending
    return r.parse()


def mistakes(sdk: ExsitedSDK, async_sdk: AsyncExsitedSDK) -> None:
    raw = sdk.account.with_raw_response
    wrong: RawResponse[AccountListDTO] = raw.details("A")  # type: ignore[assignment]
    bare: AccountDetailsDTO = raw.details("A")  # type: ignore[assignment]
    raw.details(ident="A")  # type: ignore[call-arg]
    raw.details(5)  # type: ignore[arg-type]
    raw.iter_all()  # type: ignore[attr-defined]
    raw.with_options(timeout=1)  # type: ignore[attr-defined]
    not_awaited: RawResponse[AccountDetailsDTO] = async_sdk.account.with_raw_response.details("A")  # type: ignore[assignment]
    del wrong, bare, not_awaited
