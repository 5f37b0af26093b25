# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.milestone``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.milestone.dto.milestone_dto import MilestoneListDTO


class MilestoneRaw(RawResource):
    """``Milestone.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def milestone_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneListDTO]:
        """``Milestone.milestone_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneListDTO]", self._resource.milestone_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneListDTO]:
        """``Milestone.milestone_list_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneListDTO]", self._resource.milestone_list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneListDTO]:
        """``Milestone.milestone_list_by_labour``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneListDTO]", self._resource.milestone_list_by_labour(
            labour_id=labour_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneListDTO]:
        """``Milestone.milestone_list_by_employee``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneListDTO]", self._resource.milestone_list_by_employee(
            employee_id=employee_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))


class AsyncMilestoneRaw(RawResource):
    """``AsyncMilestone.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def milestone_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneListDTO]]:
        """``AsyncMilestone.milestone_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneListDTO]]", self._resource.milestone_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneListDTO]]:
        """``AsyncMilestone.milestone_list_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneListDTO]]", self._resource.milestone_list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneListDTO]]:
        """``AsyncMilestone.milestone_list_by_labour``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneListDTO]]", self._resource.milestone_list_by_labour(
            labour_id=labour_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def milestone_list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneListDTO]]:
        """``AsyncMilestone.milestone_list_by_employee``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneListDTO]]", self._resource.milestone_list_by_employee(
            employee_id=employee_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))
