# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.purchase_order``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_order.dto.purchase_order_dto import (
    AccountPurchaseOrdersResponseDTO,
    PurchaseOrderChangeDTO,
    PurchaseOrderCreateDTO,
    PurchaseOrderDetailsDTO as purchase_order_dto_PurchaseOrderDetailsDTO,
    PurchaseOrderInformationUpdateDTO,
    PurchaseOrderLineUuidDetailsDTO,
    PurchaseOrderListDTO,
)


class PurchaseOrderRaw(RawResource):
    """``PurchaseOrder.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseOrderListDTO]:
        """``PurchaseOrder.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.details(id=id))

    def delete(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.delete(id=id))

    def reactivate(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.reactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.reactivate(id=id))

    def cancel(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.cancel``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.cancel(id=id))

    def information(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.information(id=id))

    def line_uuid(self, id: str, uuid: str) -> RawResponse[PurchaseOrderLineUuidDetailsDTO]:
        """``PurchaseOrder.line_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderLineUuidDetailsDTO]", self._resource.line_uuid(id=id, uuid=uuid))

    def po_line(self, id: str) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.po_line``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.po_line(id=id))

    def create(self, request_data: PurchaseOrderCreateDTO) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.create(
            request_data=request_data,
        ))

    def purchase_order_change(
        self,
        id: str,
        request_data: PurchaseOrderChangeDTO,
    ) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.purchase_order_change``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.purchase_order_change(
            id=id,
            request_data=request_data,
        ))

    def update_information(
        self,
        id: str,
        request_data: PurchaseOrderInformationUpdateDTO,
    ) -> RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """``PurchaseOrder.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountPurchaseOrdersResponseDTO]:
        """``PurchaseOrder.list_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountPurchaseOrdersResponseDTO]", self._resource.list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncPurchaseOrderRaw(RawResource):
    """``AsyncPurchaseOrder.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseOrderListDTO]]:
        """``AsyncPurchaseOrder.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.details(id=id))

    def delete(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.delete(id=id))

    def reactivate(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.reactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.reactivate(
            id=id,
        ))

    def cancel(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.cancel``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.cancel(id=id))

    def information(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.information(
            id=id,
        ))

    def line_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[PurchaseOrderLineUuidDetailsDTO]]:
        """``AsyncPurchaseOrder.line_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderLineUuidDetailsDTO]]", self._resource.line_uuid(
            id=id,
            uuid=uuid,
        ))

    def po_line(self, id: str) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.po_line``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.po_line(id=id))

    def create(
        self,
        request_data: PurchaseOrderCreateDTO,
    ) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def purchase_order_change(
        self,
        id: str,
        request_data: PurchaseOrderChangeDTO,
    ) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.purchase_order_change``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.purchase_order_change(
            id=id,
            request_data=request_data,
        ))

    def update_information(
        self,
        id: str,
        request_data: PurchaseOrderInformationUpdateDTO,
    ) -> Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncPurchaseOrder.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[purchase_order_dto_PurchaseOrderDetailsDTO]]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountPurchaseOrdersResponseDTO]]:
        """``AsyncPurchaseOrder.list_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountPurchaseOrdersResponseDTO]]", self._resource.list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
