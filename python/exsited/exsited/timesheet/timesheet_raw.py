# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.timesheet``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.timesheet.dto.timesheet_dto import (
    TimesheetCreateRequestDTO,
    TimesheetListResponseDTO,
    TimesheetResponseDTO,
    TimesheetUpdateRequestDTO,
)
from exsited.exsited.timesheet.timesheet import DeleteResult


class TimesheetRaw(RawResource):
    """``Timesheet.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[TimesheetListResponseDTO]:
        """``Timesheet.timesheet_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TimesheetListResponseDTO]", self._resource.timesheet_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def timesheet_details(self, uuid: str) -> RawResponse[TimesheetResponseDTO]:
        """``Timesheet.timesheet_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TimesheetResponseDTO]", self._resource.timesheet_details(uuid=uuid))

    def timesheet_create(self, request_data: TimesheetCreateRequestDTO) -> RawResponse[TimesheetResponseDTO]:
        """``Timesheet.timesheet_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TimesheetResponseDTO]", self._resource.timesheet_create(request_data=request_data))

    def timesheet_update(self, uuid: str, request_data: TimesheetUpdateRequestDTO) -> RawResponse[TimesheetResponseDTO]:
        """``Timesheet.timesheet_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TimesheetResponseDTO]", self._resource.timesheet_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def timesheet_delete(self, uuid: str) -> RawResponse[DeleteResult]:
        """``Timesheet.timesheet_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.timesheet_delete(uuid=uuid))


class AsyncTimesheetRaw(RawResource):
    """``AsyncTimesheet.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def timesheet_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[TimesheetListResponseDTO]]:
        """``AsyncTimesheet.timesheet_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TimesheetListResponseDTO]]", self._resource.timesheet_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def timesheet_details(self, uuid: str) -> Awaitable[RawResponse[TimesheetResponseDTO]]:
        """``AsyncTimesheet.timesheet_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TimesheetResponseDTO]]", self._resource.timesheet_details(uuid=uuid))

    def timesheet_create(self, request_data: TimesheetCreateRequestDTO) -> Awaitable[RawResponse[TimesheetResponseDTO]]:
        """``AsyncTimesheet.timesheet_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TimesheetResponseDTO]]", self._resource.timesheet_create(
            request_data=request_data,
        ))

    def timesheet_update(
        self,
        uuid: str,
        request_data: TimesheetUpdateRequestDTO,
    ) -> Awaitable[RawResponse[TimesheetResponseDTO]]:
        """``AsyncTimesheet.timesheet_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TimesheetResponseDTO]]", self._resource.timesheet_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def timesheet_delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncTimesheet.timesheet_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.timesheet_delete(uuid=uuid))
