"""``invoice.get_invoice_pdf``: the file comes back as bytes, or as hex or base64 text as its
``format`` asks; any other format is refused before a request is sent."""

import asyncio
import base64
from typing import Any

import pytest

from exsited import AsyncExsitedSDK, ExsitedSDK, UsageError


def test_pdf_as_bytes_hex_and_base64(sdk: ExsitedSDK, sb: Any) -> None:
    pdf = sdk.invoice.get_invoice_pdf(id="INV-1")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-") and b"invoices/INV-1/pdf" in pdf
    seen = sb.last()
    assert (seen["method"], seen["path"]) == ("GET", "/api/v2/invoices/INV-1/pdf")
    assert sdk.invoice.get_invoice_pdf(id="INV-1", format="binary") == pdf
    assert sdk.invoice.get_invoice_pdf(id="INV-1", format="hex") == pdf.hex()
    assert sdk.invoice.get_invoice_pdf(id="INV-1", format="base64") == base64.b64encode(pdf).decode()


def test_unknown_format_is_a_usage_error_before_sending(sdk: ExsitedSDK, sb: Any) -> None:
    sb.clear()
    with pytest.raises(UsageError, match="'binary', 'hex' or 'base64'"):
        sdk.invoice.get_invoice_pdf(id="INV-1", format="pdf")
    with pytest.raises(UsageError, match="format must be a string"):
        sdk.invoice.get_invoice_pdf(id="INV-1", format=16)  # type: ignore[arg-type]
    assert sb.data_requests() == []


def test_pdf_async(async_sdk: AsyncExsitedSDK) -> None:
    async def main() -> Any:
        return await async_sdk.invoice.get_invoice_pdf(id="INV-2"), await async_sdk.invoice.get_invoice_pdf("INV-2", "base64")

    pdf, text = asyncio.run(main())
    assert isinstance(pdf, bytes) and base64.b64decode(text) == pdf
