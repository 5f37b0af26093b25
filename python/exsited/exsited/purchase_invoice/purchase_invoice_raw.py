# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.purchase_invoice``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_invoice.dto.purchase_invoice_dto import (
    PurchaseInvoiceAccountDetailDTO,
    PurchaseInvoiceCancelDataDTO,
    PurchaseInvoiceCancelResponseDTO,
    PurchaseInvoiceDetailDTO,
    PurchaseInvoiceInformationRequestDTO,
    PurchaseInvoiceInformationResponseDTO,
    PurchaseInvoiceLineDetailDTO,
    PurchaseInvoiceListDTO,
    PurchaseInvoiceReactiveDataDTO,
    PurchaseInvoiceReactiveResponseDTO,
    PurchaseInvoiceRequestDTO,
)
from exsited.exsited.purchase_invoice.purchase_invoice import DeleteResult


class PurchaseInvoiceRaw(RawResource):
    """``PurchaseInvoice.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[PurchaseInvoiceListDTO]:
        """``PurchaseInvoice.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[PurchaseInvoiceDetailDTO]:
        """``PurchaseInvoice.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceDetailDTO]", self._resource.details(id=id))

    def line_details(self, id: str, uuid: str) -> RawResponse[PurchaseInvoiceLineDetailDTO]:
        """``PurchaseInvoice.line_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceLineDetailDTO]", self._resource.line_details(id=id, uuid=uuid))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[PurchaseInvoiceAccountDetailDTO]:
        """``PurchaseInvoice.account_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceAccountDetailDTO]", self._resource.account_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def cancel(
        self,
        id: str,
        request_data: PurchaseInvoiceCancelDataDTO,
    ) -> RawResponse[PurchaseInvoiceCancelResponseDTO]:
        """``PurchaseInvoice.cancel``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceCancelResponseDTO]", self._resource.cancel(
            id=id,
            request_data=request_data,
        ))

    def reactive(
        self,
        id: str,
        request_data: PurchaseInvoiceReactiveDataDTO,
    ) -> RawResponse[PurchaseInvoiceReactiveResponseDTO]:
        """``PurchaseInvoice.reactive``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceReactiveResponseDTO]", self._resource.reactive(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``PurchaseInvoice.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> RawResponse[PurchaseInvoiceDetailDTO]:
        """``PurchaseInvoice.create_from_purchase_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceDetailDTO]", self._resource.create_from_purchase_order(
            purchase_order_id=purchase_order_id,
            request_data=request_data,
        ))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> RawResponse[PurchaseInvoiceDetailDTO]:
        """``PurchaseInvoice.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceDetailDTO]", self._resource.create(request_data=request_data))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseInvoiceListDTO]:
        """``PurchaseInvoice.list_by_purchase_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceListDTO]", self._resource.list_by_purchase_order(
            purchase_order_id=purchase_order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> RawResponse[PurchaseInvoiceInformationResponseDTO]:
        """``PurchaseInvoice.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceInformationResponseDTO]", self._resource.update_information(
            purchase_invoice_id=purchase_invoice_id,
            request_data=request_data,
        ))


class AsyncPurchaseInvoiceRaw(RawResource):
    """``AsyncPurchaseInvoice.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[PurchaseInvoiceListDTO]]:
        """``AsyncPurchaseInvoice.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]:
        """``AsyncPurchaseInvoice.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]", self._resource.details(id=id))

    def line_details(self, id: str, uuid: str) -> Awaitable[RawResponse[PurchaseInvoiceLineDetailDTO]]:
        """``AsyncPurchaseInvoice.line_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceLineDetailDTO]]", self._resource.line_details(
            id=id,
            uuid=uuid,
        ))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[PurchaseInvoiceAccountDetailDTO]]:
        """``AsyncPurchaseInvoice.account_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceAccountDetailDTO]]", self._resource.account_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def cancel(
        self,
        id: str,
        request_data: PurchaseInvoiceCancelDataDTO,
    ) -> Awaitable[RawResponse[PurchaseInvoiceCancelResponseDTO]]:
        """``AsyncPurchaseInvoice.cancel``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceCancelResponseDTO]]", self._resource.cancel(
            id=id,
            request_data=request_data,
        ))

    def reactive(
        self,
        id: str,
        request_data: PurchaseInvoiceReactiveDataDTO,
    ) -> Awaitable[RawResponse[PurchaseInvoiceReactiveResponseDTO]]:
        """``AsyncPurchaseInvoice.reactive``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceReactiveResponseDTO]]", self._resource.reactive(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncPurchaseInvoice.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]:
        """``AsyncPurchaseInvoice.create_from_purchase_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]", self._resource.create_from_purchase_order(
            purchase_order_id=purchase_order_id,
            request_data=request_data,
        ))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]:
        """``AsyncPurchaseInvoice.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceDetailDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseInvoiceListDTO]]:
        """``AsyncPurchaseInvoice.list_by_purchase_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceListDTO]]", self._resource.list_by_purchase_order(
            purchase_order_id=purchase_order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> Awaitable[RawResponse[PurchaseInvoiceInformationResponseDTO]]:
        """``AsyncPurchaseInvoice.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceInformationResponseDTO]]", self._resource.update_information(
            purchase_invoice_id=purchase_invoice_id,
            request_data=request_data,
        ))
