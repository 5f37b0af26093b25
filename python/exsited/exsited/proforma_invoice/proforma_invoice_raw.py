# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.proforma_invoice``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.payment.dto.payment_dto import PaymentCreateDTO
from exsited.exsited.proforma_invoice.dto.proforma_invoice_dto import (
    ProformaInvoiceDetailsDTO,
    ProformaInvoiceListDTO,
)


class ProformaInvoiceRaw(RawResource):
    """``ProformaInvoice.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ProformaInvoiceListDTO]:
        """``ProformaInvoice.proforma_invoice_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ProformaInvoiceListDTO]", self._resource.proforma_invoice_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def proforma_invoice_details(self, id: str) -> RawResponse[ProformaInvoiceDetailsDTO]:
        """``ProformaInvoice.proforma_invoice_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ProformaInvoiceDetailsDTO]", self._resource.proforma_invoice_details(id=id))

    def proforma_invoice_create(
        self,
        id: str,
        request_data: PaymentCreateDTO,
    ) -> RawResponse[ProformaInvoiceDetailsDTO]:
        """``ProformaInvoice.proforma_invoice_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ProformaInvoiceDetailsDTO]", self._resource.proforma_invoice_create(
            id=id,
            request_data=request_data,
        ))


class AsyncProformaInvoiceRaw(RawResource):
    """``AsyncProformaInvoice.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ProformaInvoiceListDTO]]:
        """``AsyncProformaInvoice.proforma_invoice_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ProformaInvoiceListDTO]]", self._resource.proforma_invoice_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def proforma_invoice_details(self, id: str) -> Awaitable[RawResponse[ProformaInvoiceDetailsDTO]]:
        """``AsyncProformaInvoice.proforma_invoice_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ProformaInvoiceDetailsDTO]]", self._resource.proforma_invoice_details(id=id))

    def proforma_invoice_create(
        self,
        id: str,
        request_data: PaymentCreateDTO,
    ) -> Awaitable[RawResponse[ProformaInvoiceDetailsDTO]]:
        """``AsyncProformaInvoice.proforma_invoice_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ProformaInvoiceDetailsDTO]]", self._resource.proforma_invoice_create(
            id=id,
            request_data=request_data,
        ))
