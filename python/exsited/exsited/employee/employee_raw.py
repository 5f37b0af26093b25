# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.employee``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.employee.dto.employee_dto import (
    EmployeeCreateDTO,
    EmployeeDetailsDTO,
    EmployeeListDTO,
    EmployeeUpdateDTO,
)


class EmployeeRaw(RawResource):
    """``Employee.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, request_data: EmployeeCreateDTO) -> RawResponse[EmployeeDetailsDTO]:
        """``Employee.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmployeeDetailsDTO]", self._resource.create(request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[EmployeeListDTO]:
        """``Employee.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmployeeListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> RawResponse[EmployeeDetailsDTO]:
        """``Employee.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmployeeDetailsDTO]", self._resource.details(id=id))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> RawResponse[EmployeeDetailsDTO]:
        """``Employee.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmployeeDetailsDTO]", self._resource.update(id=id, request_data=request_data))

    def delete(self, id: str) -> RawResponse[DeleteResponseDTO]:
        """``Employee.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.delete(id=id))


class AsyncEmployeeRaw(RawResource):
    """``AsyncEmployee.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, request_data: EmployeeCreateDTO) -> Awaitable[RawResponse[EmployeeDetailsDTO]]:
        """``AsyncEmployee.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmployeeDetailsDTO]]", self._resource.create(request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[EmployeeListDTO]]:
        """``AsyncEmployee.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmployeeListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[EmployeeDetailsDTO]]:
        """``AsyncEmployee.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmployeeDetailsDTO]]", self._resource.details(id=id))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> Awaitable[RawResponse[EmployeeDetailsDTO]]:
        """``AsyncEmployee.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmployeeDetailsDTO]]", self._resource.update(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncEmployee.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.delete(id=id))
