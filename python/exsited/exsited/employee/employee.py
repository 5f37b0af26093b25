# generated from api/ — do not edit; run `make generate`
"""``sdk.employee``: the employee operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.employee.dto.employee_dto import (
    EmployeeCreateDTO,
    EmployeeDataDTO,
    EmployeeDetailsDTO,
    EmployeeListDTO,
    EmployeeUpdateDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Employee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK."""

    def create(self, request_data: EmployeeCreateDTO) -> EmployeeDetailsDTO:
        """Creates a record in employees.

        POST /api/v3/employees

        Returns EmployeeDetailsDTO.
        """
        body = args.body("request_data", request_data, (EmployeeCreateDTO,))
        return cast("EmployeeDetailsDTO", self._run(Call("employee.create", body=body, answer=EmployeeDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> EmployeeListDTO:
        """One page of employees.

        GET /api/v3/employees

        Returns EmployeeListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("EmployeeListDTO", self._run(Call("employee.list", query=query, answer=EmployeeListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[EmployeeDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/employees

        Returns Iterator[EmployeeDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[EmployeeDataDTO]", self._iterate(Listing("employee.list", [], query, limit, offset, EmployeeDataDTO)))

    def details(self, id: str) -> EmployeeDetailsDTO:
        """Reads one record of employees.

        GET /api/v3/employees/{id}

        Returns EmployeeDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("EmployeeDetailsDTO", self._run(Call("employee.details", path, answer=EmployeeDetailsDTO)))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> EmployeeDetailsDTO:
        """Updates one record of employees.

        PATCH /api/v3/employees/{id}

        Returns EmployeeDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (EmployeeUpdateDTO,))
        return cast("EmployeeDetailsDTO", self._run(Call("employee.update", path, body=body, answer=EmployeeDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of employees.

        DELETE /api/v3/employees/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("employee.delete", path)))


class AsyncEmployee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: EmployeeCreateDTO) -> Awaitable[EmployeeDetailsDTO]:
        """Creates a record in employees.

        POST /api/v3/employees

        Returns Awaitable[EmployeeDetailsDTO].
        """
        body = args.body("request_data", request_data, (EmployeeCreateDTO,))
        return cast("Awaitable[EmployeeDetailsDTO]", self._run(Call("employee.create", body=body, answer=EmployeeDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[EmployeeListDTO]:
        """One page of employees.

        GET /api/v3/employees

        Returns Awaitable[EmployeeListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[EmployeeListDTO]", self._run(Call("employee.list", query=query, answer=EmployeeListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[EmployeeDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/employees

        Returns AsyncIterator[EmployeeDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[EmployeeDataDTO]", self._iterate(Listing("employee.list", [], query, limit, offset, EmployeeDataDTO)))

    def details(self, id: str) -> Awaitable[EmployeeDetailsDTO]:
        """Reads one record of employees.

        GET /api/v3/employees/{id}

        Returns Awaitable[EmployeeDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[EmployeeDetailsDTO]", self._run(Call("employee.details", path, answer=EmployeeDetailsDTO)))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> Awaitable[EmployeeDetailsDTO]:
        """Updates one record of employees.

        PATCH /api/v3/employees/{id}

        Returns Awaitable[EmployeeDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (EmployeeUpdateDTO,))
        return cast("Awaitable[EmployeeDetailsDTO]", self._run(Call("employee.update", path, body=body, answer=EmployeeDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of employees.

        DELETE /api/v3/employees/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("employee.delete", path)))
