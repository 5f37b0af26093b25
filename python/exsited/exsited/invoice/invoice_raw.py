# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.invoice``."""

from typing import Awaitable, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.invoice.dto.invoice_dto import (
    InvoiceAccountDTO,
    InvoiceCreateDTO,
    InvoiceDetailsDTO,
    InvoiceListDTO,
    InvoiceOrderDetailsDTO,
    InvoiceOrderListDTO,
    ItemInvoiceCreateDTO,
    UpdateInvoiceInfoRequestDTO,
)
from exsited.exsited.invoice.invoice import DeleteResult


class InvoiceRaw(RawResource):
    """``Invoice.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, id: str, request_data: InvoiceCreateDTO) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.create(id=id, request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[InvoiceListDTO]:
        """``Invoice.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.details(id=id))

    def information(self, id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.information(id=id))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Invoice.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def invoice_account(self, accountId: str) -> RawResponse[InvoiceAccountDTO]:
        """``Invoice.invoice_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceAccountDTO]", self._resource.invoice_account(accountId=accountId))

    def invoice_details_against_order(self, order_id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.invoice_details_against_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.invoice_details_against_order(order_id=order_id))

    def invoice_details_list_against_order(self, order_id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.invoice_details_list_against_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.invoice_details_list_against_order(
            order_id=order_id,
        ))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[InvoiceOrderDetailsDTO]:
        """``Invoice.invoice_details_against_order_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceOrderDetailsDTO]", self._resource.invoice_details_against_order_v3(
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[InvoiceOrderListDTO]:
        """``Invoice.invoice_list_against_order_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceOrderListDTO]", self._resource.invoice_list_against_order_v3(
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.item_invoice_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.item_invoice_create(request_data=request_data))

    def invoice_cancel(self, id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.invoice_cancel``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.invoice_cancel(id=id))

    def invoice_reactivate(self, id: str) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.invoice_reactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.invoice_reactivate(id=id))

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.update_amend``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.update_amend(id=id, request_data=request_data))

    def update_information(self, id: str, request_data: UpdateInvoiceInfoRequestDTO) -> RawResponse[InvoiceDetailsDTO]:
        """``Invoice.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceDetailsDTO]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> RawResponse[Union[bytes, str]]:
        """``Invoice.get_invoice_pdf``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Union[bytes, str]]", self._resource.get_invoice_pdf(id=id, format=format))


class AsyncInvoiceRaw(RawResource):
    """``AsyncInvoice.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.create(
            id=id,
            request_data=request_data,
        ))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[InvoiceListDTO]]:
        """``AsyncInvoice.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.details(id=id))

    def information(self, id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.information(id=id))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncInvoice.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def invoice_account(self, accountId: str) -> Awaitable[RawResponse[InvoiceAccountDTO]]:
        """``AsyncInvoice.invoice_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceAccountDTO]]", self._resource.invoice_account(accountId=accountId))

    def invoice_details_against_order(self, order_id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.invoice_details_against_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.invoice_details_against_order(
            order_id=order_id,
        ))

    def invoice_details_list_against_order(self, order_id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.invoice_details_list_against_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.invoice_details_list_against_order(
            order_id=order_id,
        ))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[InvoiceOrderDetailsDTO]]:
        """``AsyncInvoice.invoice_details_against_order_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceOrderDetailsDTO]]", self._resource.invoice_details_against_order_v3(
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[InvoiceOrderListDTO]]:
        """``AsyncInvoice.invoice_list_against_order_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceOrderListDTO]]", self._resource.invoice_list_against_order_v3(
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.item_invoice_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.item_invoice_create(
            request_data=request_data,
        ))

    def invoice_cancel(self, id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.invoice_cancel``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.invoice_cancel(id=id))

    def invoice_reactivate(self, id: str) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.invoice_reactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.invoice_reactivate(id=id))

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.update_amend``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.update_amend(
            id=id,
            request_data=request_data,
        ))

    def update_information(
        self,
        id: str,
        request_data: UpdateInvoiceInfoRequestDTO,
    ) -> Awaitable[RawResponse[InvoiceDetailsDTO]]:
        """``AsyncInvoice.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceDetailsDTO]]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Awaitable[RawResponse[Union[bytes, str]]]:
        """``AsyncInvoice.get_invoice_pdf``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Union[bytes, str]]]", self._resource.get_invoice_pdf(id=id, format=format))
