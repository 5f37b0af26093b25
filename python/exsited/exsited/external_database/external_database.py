# generated from api/ — do not edit; run `make generate`
"""``sdk.external_database``: the external database operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

if TYPE_CHECKING:
    from exsited.exsited.external_database.external_database_raw import AsyncExternalDatabaseRaw, ExternalDatabaseRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ExternalDatabase(Resource):
    """``sdk.external_database``: the external database operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ExternalDatabaseRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.external_database.external_database_raw import ExternalDatabaseRaw

        return ExternalDatabaseRaw(self._raw_copy())

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """Lists the external database, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/external-database``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Dict[str, Any]", self._run(Call("external_database.external_database_list", query=query)))

    def external_database_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every external database that ``external_database_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/external-database``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("external_database.external_database_list", [], query), limit, offset, None)))

    def external_database_details(self, db_name: str) -> Dict[str, Any]:
        """Reads an external database.

        HTTP: ``GET /api/v3/external-database/{db_name}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("db_name", db_name)]
        return cast("Dict[str, Any]", self._run(Call("external_database.external_database_details", path)))

    def external_database_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Creates an external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/external-database`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("external_database.external_database_create", body=body)))

    def external_database_table_details(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """Lists the records of a table of an external database, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/external-database/{db_name}/table/{table_name}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Dict[str, Any]", self._run(Call("external_database.external_database_table_details", path, query=query)))

    def external_database_table_details_iter_all(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of a table of an external database that ``external_database_table_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/external-database/{db_name}/table/{table_name}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("external_database.external_database_table_details", path, query), limit, offset, None)))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Adds the record in the external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v1/external-database/add-record`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("external_database.add_record", body=body)))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Searches an external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/external-database/{database_name}/search`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("database_name", database_name)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("external_database.external_database_search", path, body=body)))


class AsyncExternalDatabase(Resource):
    """``sdk.external_database``: the external database operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncExternalDatabaseRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.external_database.external_database_raw import AsyncExternalDatabaseRaw

        return AsyncExternalDatabaseRaw(self._raw_copy())

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the external database, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/external-database``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("external_database.external_database_list", query=query)))

    def external_database_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every external database that ``external_database_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/external-database``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("external_database.external_database_list", [], query), limit, offset, None)))

    def external_database_details(self, db_name: str) -> Awaitable[Dict[str, Any]]:
        """Reads an external database.

        HTTP: ``GET /api/v3/external-database/{db_name}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("db_name", db_name)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("external_database.external_database_details", path)))

    def external_database_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Creates an external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/external-database`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("external_database.external_database_create", body=body)))

    def external_database_table_details(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a table of an external database, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/external-database/{db_name}/table/{table_name}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("external_database.external_database_table_details", path, query=query)))

    def external_database_table_details_iter_all(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of a table of an external database that ``external_database_table_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/external-database/{db_name}/table/{table_name}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("external_database.external_database_table_details", path, query), limit, offset, None)))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Adds the record in the external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v1/external-database/add-record`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("external_database.add_record", body=body)))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Searches an external database.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/external-database/{database_name}/search`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("database_name", database_name)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("external_database.external_database_search", path, body=body)))
