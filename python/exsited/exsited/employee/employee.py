# generated from api/ — do not edit; run `make generate`
"""``sdk.employee``: the employee operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Employee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in employees.

        POST /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("employee.create", body=body))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of employees.

        GET /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("employee.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("employee.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of employees.

        GET /api/v3/employees/{id}

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("employee.details", path))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of employees.

        PATCH /api/v3/employees/{id}

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("employee.update", path, body=body))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of employees.

        DELETE /api/v3/employees/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("employee.delete", path)))


class AsyncEmployee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in employees.

        POST /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("employee.create", body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of employees.

        GET /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("employee.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/employees

        Returns the answer's JSON as plain data (documented as EmployeeDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("employee.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of employees.

        GET /api/v3/employees/{id}

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("employee.details", path)))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of employees.

        PATCH /api/v3/employees/{id}

        Returns the answer's JSON as plain data (documented as EmployeeDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("employee.update", path, body=body)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of employees.

        DELETE /api/v3/employees/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("employee.delete", path)))
