# generated from api/ — do not edit; run `make generate`
"""``sdk.external_database``: the external database operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ExternalDatabase(Resource):
    """``sdk.external_database``: the external database operations of the documented SDK."""

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of external database.

        GET /api/v3/external-database

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("external_database.external_database_list", query=query))

    def external_database_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``external_database_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/external-database

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("external_database.external_database_list", [], query, limit, offset, None)))

    def external_database_details(self, db_name: str) -> Any:
        """Reads one record of external database.

        GET /api/v3/external-database/{db_name}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("db_name", db_name)]
        return self._run(Call("external_database.external_database_details", path))

    def external_database_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Creates a record in external database.

        POST /api/v3/external-database

        Returns the answer's JSON as plain data.
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
    ) -> Any:
        """One page of table of the external database.

        GET /api/v3/external-database/{db_name}/table/{table_name}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("external_database.external_database_table_details", path, query=query))

    def external_database_table_details_iter_all(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``external_database_table_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/external-database/{db_name}/table/{table_name}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("external_database.external_database_table_details", path, query, limit, offset, None)))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Creates a record in add record of the external database.

        POST /api/v1/external-database/add-record

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("external_database.add_record", body=body)))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs search of the external database.

        POST /api/v3/external-database/{database_name}/search

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("database_name", database_name)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("external_database.external_database_search", path, body=body)))


class AsyncExternalDatabase(Resource):
    """``sdk.external_database``: the external database operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of external database.

        GET /api/v3/external-database

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("external_database.external_database_list", query=query)))

    def external_database_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``external_database_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/external-database

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("external_database.external_database_list", [], query, limit, offset, None)))

    def external_database_details(self, db_name: str) -> Awaitable[Any]:
        """Reads one record of external database.

        GET /api/v3/external-database/{db_name}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("db_name", db_name)]
        return cast("Awaitable[Any]", self._run(Call("external_database.external_database_details", path)))

    def external_database_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Creates a record in external database.

        POST /api/v3/external-database

        Returns the answer's JSON as plain data.
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
    ) -> Awaitable[Any]:
        """One page of table of the external database.

        GET /api/v3/external-database/{db_name}/table/{table_name}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("external_database.external_database_table_details", path, query=query)))

    def external_database_table_details_iter_all(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``external_database_table_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/external-database/{db_name}/table/{table_name}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("db_name", db_name), args.ident("table_name", table_name)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("external_database.external_database_table_details", path, query, limit, offset, None)))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Creates a record in add record of the external database.

        POST /api/v1/external-database/add-record

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("external_database.add_record", body=body)))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs search of the external database.

        POST /api/v3/external-database/{database_name}/search

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("database_name", database_name)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("external_database.external_database_search", path, body=body)))
