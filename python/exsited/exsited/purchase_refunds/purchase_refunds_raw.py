# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.purchase_refunds``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_refunds.dto.purchase_refunds_dto import (
    PurchaseRefundsAccountDetailsDTO,
    PurchaseRefundsDetailsDTO,
    PurchaseRefundsListDTO,
)
from exsited.exsited.purchase_refunds.purchase_refunds import DeleteResult


class PurchaseRefundsRaw(RawResource):
    """``PurchaseRefunds.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseRefundsListDTO]:
        """``PurchaseRefunds.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseRefundsListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> RawResponse[PurchaseRefundsDetailsDTO]:
        """``PurchaseRefunds.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseRefundsDetailsDTO]", self._resource.details(id=id))

    def account_details(self, id: str) -> RawResponse[PurchaseRefundsAccountDetailsDTO]:
        """``PurchaseRefunds.account_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseRefundsAccountDetailsDTO]", self._resource.account_details(id=id))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``PurchaseRefunds.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))


class AsyncPurchaseRefundsRaw(RawResource):
    """``AsyncPurchaseRefunds.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseRefundsListDTO]]:
        """``AsyncPurchaseRefunds.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseRefundsListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[PurchaseRefundsDetailsDTO]]:
        """``AsyncPurchaseRefunds.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseRefundsDetailsDTO]]", self._resource.details(id=id))

    def account_details(self, id: str) -> Awaitable[RawResponse[PurchaseRefundsAccountDetailsDTO]]:
        """``AsyncPurchaseRefunds.account_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseRefundsAccountDetailsDTO]]", self._resource.account_details(id=id))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncPurchaseRefunds.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))
