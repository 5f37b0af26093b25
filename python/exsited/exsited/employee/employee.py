# generated from api/ — do not edit; run `make generate`
"""``sdk.employee``: the employee operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.employee.dto.employee_dto import (
    EmployeeCreateDTO,
    EmployeeDataDTO,
    EmployeeDetailsDTO,
    EmployeeListDTO,
    EmployeeUpdateDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.employee.employee_raw import AsyncEmployeeRaw, EmployeeRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Employee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "EmployeeRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.employee.employee_raw import EmployeeRaw

        return EmployeeRaw(self._raw_copy())

    def create(self, request_data: EmployeeCreateDTO) -> EmployeeDetailsDTO:
        """Creates an employee.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/employees`` (json body)

        Returns:
            EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the employees, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/employees``

        Returns:
            EmployeeListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every employee that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/employees``

        Yields:
            EmployeeDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[EmployeeDataDTO]", self._iterate(Listing(Call("employee.list", [], query), limit, offset, EmployeeDataDTO)))

    def details(self, id: str) -> EmployeeDetailsDTO:
        """Reads an employee.

        HTTP: ``GET /api/v3/employees/{id}``

        Returns:
            EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("EmployeeDetailsDTO", self._run(Call("employee.details", path, answer=EmployeeDetailsDTO)))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> EmployeeDetailsDTO:
        """Updates an employee.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/employees/{id}`` (json body)

        Returns:
            EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (EmployeeUpdateDTO,))
        return cast("EmployeeDetailsDTO", self._run(Call("employee.update", path, body=body, answer=EmployeeDetailsDTO)))

    def delete(self, id: str) -> DeleteResponseDTO:
        """Deletes an employee.

        HTTP: ``DELETE /api/v3/employees/{id}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("DeleteResponseDTO", self._run(Call("employee.delete", path, answer=DeleteResponseDTO)))


class AsyncEmployee(Resource):
    """``sdk.employee``: the employee operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncEmployeeRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.employee.employee_raw import AsyncEmployeeRaw

        return AsyncEmployeeRaw(self._raw_copy())

    def create(self, request_data: EmployeeCreateDTO) -> Awaitable[EmployeeDetailsDTO]:
        """Creates an employee.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/employees`` (json body)

        Returns:
            Awaitable of EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the employees, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/employees``

        Returns:
            Awaitable of EmployeeListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every employee that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/employees``

        Yields:
            EmployeeDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[EmployeeDataDTO]", self._iterate(Listing(Call("employee.list", [], query), limit, offset, EmployeeDataDTO)))

    def details(self, id: str) -> Awaitable[EmployeeDetailsDTO]:
        """Reads an employee.

        HTTP: ``GET /api/v3/employees/{id}``

        Returns:
            Awaitable of EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[EmployeeDetailsDTO]", self._run(Call("employee.details", path, answer=EmployeeDetailsDTO)))

    def update(self, id: str, request_data: EmployeeUpdateDTO) -> Awaitable[EmployeeDetailsDTO]:
        """Updates an employee.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/employees/{id}`` (json body)

        Returns:
            Awaitable of EmployeeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (EmployeeUpdateDTO,))
        return cast("Awaitable[EmployeeDetailsDTO]", self._run(Call("employee.update", path, body=body, answer=EmployeeDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes an employee.

        HTTP: ``DELETE /api/v3/employees/{id}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("employee.delete", path, answer=DeleteResponseDTO)))
