# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.refund``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.refund.dto.refund_dto import AccountRefundListDTO, RefundDetailsDTO
from exsited.exsited.refund.refund import DeleteResult


class RefundRaw(RawResource):
    """``Refund.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[RefundDetailsDTO]:
        """``Refund.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RefundDetailsDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> RawResponse[RefundDetailsDTO]:
        """``Refund.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RefundDetailsDTO]", self._resource.details(id=id))

    def account_refund_list(self, id: str) -> RawResponse[AccountRefundListDTO]:
        """``Refund.account_refund_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountRefundListDTO]", self._resource.account_refund_list(id=id))

    def create(self, cn_id: str, request_data: RefundDetailsDTO) -> RawResponse[RefundDetailsDTO]:
        """``Refund.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RefundDetailsDTO]", self._resource.create(cn_id=cn_id, request_data=request_data))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Refund.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def refund_update(self, return_id: str, request_data: RefundDetailsDTO) -> RawResponse[RefundDetailsDTO]:
        """``Refund.refund_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RefundDetailsDTO]", self._resource.refund_update(
            return_id=return_id,
            request_data=request_data,
        ))


class AsyncRefundRaw(RawResource):
    """``AsyncRefund.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[RefundDetailsDTO]]:
        """``AsyncRefund.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RefundDetailsDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[RefundDetailsDTO]]:
        """``AsyncRefund.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RefundDetailsDTO]]", self._resource.details(id=id))

    def account_refund_list(self, id: str) -> Awaitable[RawResponse[AccountRefundListDTO]]:
        """``AsyncRefund.account_refund_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountRefundListDTO]]", self._resource.account_refund_list(id=id))

    def create(self, cn_id: str, request_data: RefundDetailsDTO) -> Awaitable[RawResponse[RefundDetailsDTO]]:
        """``AsyncRefund.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RefundDetailsDTO]]", self._resource.create(
            cn_id=cn_id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncRefund.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def refund_update(self, return_id: str, request_data: RefundDetailsDTO) -> Awaitable[RawResponse[RefundDetailsDTO]]:
        """``AsyncRefund.refund_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RefundDetailsDTO]]", self._resource.refund_update(
            return_id=return_id,
            request_data=request_data,
        ))
