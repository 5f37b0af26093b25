# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.item_fulfillment``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.item_fulfillment.dto.item_fulfillment_dto import (
    ItemFulfillmentCreateDTO,
    ItemFulfillmentDetailsDTO,
    ItemFulfillmentInvoiceDTO,
    ItemFulfillmentInvoiceListDTO,
    ItemFulfillmentListResponseDTO,
)


class ItemFulfillmentRaw(RawResource):
    """``ItemFulfillment.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemFulfillmentListResponseDTO]:
        """``ItemFulfillment.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentListResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create(self, id: str, request_data: ItemFulfillmentCreateDTO) -> RawResponse[ItemFulfillmentInvoiceDTO]:
        """``ItemFulfillment.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentInvoiceDTO]", self._resource.create(id=id, request_data=request_data))

    def details(self, id: str) -> RawResponse[ItemFulfillmentDetailsDTO]:
        """``ItemFulfillment.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentDetailsDTO]", self._resource.details(id=id))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemFulfillmentInvoiceListDTO]:
        """``ItemFulfillment.invoice_fulfillments``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentInvoiceListDTO]", self._resource.invoice_fulfillments(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> RawResponse[ItemFulfillmentInvoiceDTO]:
        """``ItemFulfillment.invoice_fulfillment_by_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentInvoiceDTO]", self._resource.invoice_fulfillment_by_uuid(
            id=id,
            uuid=uuid,
        ))

    def update_item_fulfillment(
        self,
        item_fulfillment_id: str,
        request_data: ItemFulfillmentDetailsDTO,
    ) -> RawResponse[ItemFulfillmentDetailsDTO]:
        """``ItemFulfillment.update_item_fulfillment``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemFulfillmentDetailsDTO]", self._resource.update_item_fulfillment(
            item_fulfillment_id=item_fulfillment_id,
            request_data=request_data,
        ))


class AsyncItemFulfillmentRaw(RawResource):
    """``AsyncItemFulfillment.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemFulfillmentListResponseDTO]]:
        """``AsyncItemFulfillment.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentListResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create(
        self,
        id: str,
        request_data: ItemFulfillmentCreateDTO,
    ) -> Awaitable[RawResponse[ItemFulfillmentInvoiceDTO]]:
        """``AsyncItemFulfillment.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentInvoiceDTO]]", self._resource.create(
            id=id,
            request_data=request_data,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[ItemFulfillmentDetailsDTO]]:
        """``AsyncItemFulfillment.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentDetailsDTO]]", self._resource.details(id=id))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemFulfillmentInvoiceListDTO]]:
        """``AsyncItemFulfillment.invoice_fulfillments``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentInvoiceListDTO]]", self._resource.invoice_fulfillments(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[ItemFulfillmentInvoiceDTO]]:
        """``AsyncItemFulfillment.invoice_fulfillment_by_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentInvoiceDTO]]", self._resource.invoice_fulfillment_by_uuid(
            id=id,
            uuid=uuid,
        ))

    def update_item_fulfillment(
        self,
        item_fulfillment_id: str,
        request_data: ItemFulfillmentDetailsDTO,
    ) -> Awaitable[RawResponse[ItemFulfillmentDetailsDTO]]:
        """``AsyncItemFulfillment.update_item_fulfillment``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemFulfillmentDetailsDTO]]", self._resource.update_item_fulfillment(
            item_fulfillment_id=item_fulfillment_id,
            request_data=request_data,
        ))
