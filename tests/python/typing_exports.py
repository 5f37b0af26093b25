"""Checked by `mypy --strict` in scripts/test-python.sh (not a pytest module): the top-level
names type-check as the classes they are, including the DTO classes `exsited` loads lazily."""

from typing import AsyncIterator, Awaitable, Iterator

from exsited import AccountDataDTO, AccountDetailsDTO, AsyncExsitedSDK, ExsitedSDK, UsageError


def details(sdk: ExsitedSDK) -> AccountDetailsDTO:
    return sdk.account.details(id="ACC-1")


def details_async(sdk: AsyncExsitedSDK) -> Awaitable[AccountDetailsDTO]:
    return sdk.account.details(id="ACC-1")


def every_account(sdk: ExsitedSDK) -> Iterator[AccountDataDTO]:
    return sdk.account.iter_all(limit=50)


def every_account_async(sdk: AsyncExsitedSDK) -> AsyncIterator[AccountDataDTO]:
    return sdk.account.iter_all(limit=50)


def pdf(sdk: ExsitedSDK) -> bytes:
    answer = sdk.invoice.get_invoice_pdf(id="INV-1")
    if isinstance(answer, str):
        raise UsageError("asked for bytes")
    return answer
