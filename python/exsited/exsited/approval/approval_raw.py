# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.approval``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.approval.dto.approval_dto import (
    ApprovalListDTO,
    ApprovalRequestDTO,
    ApprovalResponseDTO,
)
from exsited.exsited.common.common_enum import SortDirection


class ApprovalRaw(RawResource):
    """``Approval.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ApprovalListDTO]:
        """``Approval.list_sale_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApprovalListDTO]", self._resource.list_sale_order(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ApprovalListDTO]:
        """``Approval.list_timesheet``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApprovalListDTO]", self._resource.list_timesheet(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ApprovalListDTO]:
        """``Approval.list_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApprovalListDTO]", self._resource.list_by_account(
            account_uuid=account_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def approve(self, request_data: ApprovalRequestDTO) -> RawResponse[ApprovalResponseDTO]:
        """``Approval.approve``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApprovalResponseDTO]", self._resource.approve(request_data=request_data))

    def reject(self, request_data: ApprovalRequestDTO) -> RawResponse[ApprovalResponseDTO]:
        """``Approval.reject``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApprovalResponseDTO]", self._resource.reject(request_data=request_data))


class AsyncApprovalRaw(RawResource):
    """``AsyncApproval.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list_sale_order(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ApprovalListDTO]]:
        """``AsyncApproval.list_sale_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApprovalListDTO]]", self._resource.list_sale_order(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_timesheet(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ApprovalListDTO]]:
        """``AsyncApproval.list_timesheet``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApprovalListDTO]]", self._resource.list_timesheet(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_account(
        self,
        account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ApprovalListDTO]]:
        """``AsyncApproval.list_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApprovalListDTO]]", self._resource.list_by_account(
            account_uuid=account_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def approve(self, request_data: ApprovalRequestDTO) -> Awaitable[RawResponse[ApprovalResponseDTO]]:
        """``AsyncApproval.approve``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApprovalResponseDTO]]", self._resource.approve(request_data=request_data))

    def reject(self, request_data: ApprovalRequestDTO) -> Awaitable[RawResponse[ApprovalResponseDTO]]:
        """``AsyncApproval.reject``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApprovalResponseDTO]]", self._resource.reject(request_data=request_data))
