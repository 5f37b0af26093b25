# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.item_receipt``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.item_receipt.dto.item_receipt_dto import (
    ItemReceiptCreateRequestDTO,
    ItemReceiptDetailsDTO,
    ItemReceiptListDTO,
    ItemReceiptUpdateRequestDTO,
)


class ItemReceiptRaw(RawResource):
    """``ItemReceipt.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemReceiptListDTO]:
        """``ItemReceipt.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> RawResponse[ItemReceiptDetailsDTO]:
        """``ItemReceipt.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptDetailsDTO]", self._resource.details(id=id))

    def purchase_order_details(self, id: str) -> RawResponse[ItemReceiptDetailsDTO]:
        """``ItemReceipt.purchase_order_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptDetailsDTO]", self._resource.purchase_order_details(id=id))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemReceiptDetailsDTO]:
        """``ItemReceipt.purchase_order_item_receipts_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptDetailsDTO]", self._resource.purchase_order_item_receipts_list(
            purchase_order_id=purchase_order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_item_receipt(
        self,
        item_receipt_id: str,
        request_data: ItemReceiptUpdateRequestDTO,
    ) -> RawResponse[ItemReceiptDetailsDTO]:
        """``ItemReceipt.update_item_receipt``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptDetailsDTO]", self._resource.update_item_receipt(
            item_receipt_id=item_receipt_id,
            request_data=request_data,
        ))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: ItemReceiptCreateRequestDTO,
    ) -> RawResponse[ItemReceiptDetailsDTO]:
        """``ItemReceipt.create_from_purchase_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemReceiptDetailsDTO]", self._resource.create_from_purchase_order(
            purchase_order_id=purchase_order_id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> RawResponse[DeleteResponseDTO]:
        """``ItemReceipt.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.delete(id=id))


class AsyncItemReceiptRaw(RawResource):
    """``AsyncItemReceipt.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemReceiptListDTO]]:
        """``AsyncItemReceipt.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[ItemReceiptDetailsDTO]]:
        """``AsyncItemReceipt.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptDetailsDTO]]", self._resource.details(id=id))

    def purchase_order_details(self, id: str) -> Awaitable[RawResponse[ItemReceiptDetailsDTO]]:
        """``AsyncItemReceipt.purchase_order_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptDetailsDTO]]", self._resource.purchase_order_details(id=id))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemReceiptDetailsDTO]]:
        """``AsyncItemReceipt.purchase_order_item_receipts_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptDetailsDTO]]", self._resource.purchase_order_item_receipts_list(
            purchase_order_id=purchase_order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_item_receipt(
        self,
        item_receipt_id: str,
        request_data: ItemReceiptUpdateRequestDTO,
    ) -> Awaitable[RawResponse[ItemReceiptDetailsDTO]]:
        """``AsyncItemReceipt.update_item_receipt``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptDetailsDTO]]", self._resource.update_item_receipt(
            item_receipt_id=item_receipt_id,
            request_data=request_data,
        ))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: ItemReceiptCreateRequestDTO,
    ) -> Awaitable[RawResponse[ItemReceiptDetailsDTO]]:
        """``AsyncItemReceipt.create_from_purchase_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemReceiptDetailsDTO]]", self._resource.create_from_purchase_order(
            purchase_order_id=purchase_order_id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncItemReceipt.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.delete(id=id))
